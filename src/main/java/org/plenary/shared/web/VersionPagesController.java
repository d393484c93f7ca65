package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.shared.ContentLanguages;
import org.plenary.shared.DomainException;
import org.plenary.shared.NotFoundException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' form of a text's version in another language of its process, for every kind of text (letters,
 * silence procedures, meetings, consultations: each module gives its own as a {@link VersionedText.Source}): shown
 * with the version as it stands; saved, back to the text's page in that version, or shown again with the refusal
 * and what was typed.
 */
@PageController
class VersionPagesController {

    private static final String PATH = "/processes/{code}/{kind}/{id}/versions/{lang}";

    private final Map<String, VersionedText.Source> sources;

    VersionPagesController(List<VersionedText.Source> sources) {
        this.sources = sources.stream().collect(Collectors.toMap(VersionedText.Source::kind, Function.identity()));
    }

    @GetMapping(PATH)
    String form(@PathVariable String code, @PathVariable String kind, @PathVariable String id,
            @PathVariable String lang, Model model) {
        VersionedText text = text(code, kind, id);
        String language = ContentLanguages.require(lang, text.languages());
        return view(text, language, Form.of(text.version().apply(language).orElse(new VersionForm.Values("", ""))),
                model);
    }

    @PostMapping(PATH)
    String save(@PathVariable String code, @PathVariable String kind, @PathVariable String id,
            @PathVariable String lang, VersionForm.Values form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        VersionedText text = text(code, kind, id);
        try {
            text.write().accept(lang, form);
            Notice.send(redirect, "versions.saved", lang);
            return "redirect:" + text.page() + "?version=" + lang;
        } catch (DomainException e) {
            return view(text, lang, Form.refused(form, e, response), model);
        }
    }

    private VersionedText text(String code, String kind, String id) {
        VersionedText.Source source = sources.get(kind);
        if (source == null) {
            throw new NotFoundException("Text", id);
        }
        return source.find(code, id);
    }

    private static String view(VersionedText text, String language, Form<VersionForm.Values> form, Model model) {
        model.addAttribute("version", new VersionForm(text.heading(), text.page(), language, text.subjectLabel(),
                text.textLabel(), text.secondLabel(), form));
        return "versions/form";
    }
}
