package org.plenary.consultations.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.ConsultationId;
import org.plenary.consultations.ConsultationText;
import org.plenary.consultations.Consultations;
import org.plenary.consultations.NumberedText;
import org.plenary.consultations.WriteConsultationVersion;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.ContentLanguages;
import org.plenary.shared.DomainException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.plenary.shared.web.VersionForm;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' form of a consultation's version in another language of the process: its title, and its elements
 * and guiding questions as numbered paragraphs ({@code 12 (d) Text}), as they were typed when it was opened; a
 * paragraph left with its number alone is read in the original.
 */
@PageController
class ConsultationVersionPagesController {

    private static final String PATH = "/processes/{code}/consultations/{id}/versions/{lang}";
    private static final Pattern LABEL_ALONE = Pattern.compile("(?m)^\\s*(\\d{1,4}\\.?\\s?)?(\\([a-z]{1,3}\\))?\\.?\\s*$");

    private final Processes processes;
    private final Consultations consultations;
    private final WriteConsultationVersion write;

    ConsultationVersionPagesController(Processes processes, Consultations consultations,
            WriteConsultationVersion write) {
        this.processes = processes;
        this.consultations = consultations;
        this.write = write;
    }

    @GetMapping(PATH)
    String form(@PathVariable String code, @PathVariable String id, @PathVariable String lang, Model model) {
        Process process = processes.require(code);
        Consultation c = officersConsultation(process, id);
        String language = ContentLanguages.require(lang, process.languages());
        ConsultationText existing = consultations.versions(c).versions().get(language);
        return view(process, c, language, Form.of(new VersionForm.Values(existing == null ? "" : existing.title(),
                typed(c.elements(), existing == null ? Map.of() : existing.elements()),
                typed(c.questions(), existing == null ? Map.of() : existing.questions()))), model);
    }

    @PostMapping(PATH)
    String save(@PathVariable String code, @PathVariable String id, @PathVariable String lang,
            VersionForm.Values form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        Consultation c = officersConsultation(process, id);
        try {
            write.execute(new WriteConsultationVersion.Command(code, c.id(), lang, form.subject(),
                    paragraphs(form.text()), paragraphs(form.second())));
            Notice.send(redirect, "versions.saved", lang);
            return "redirect:" + ConsultationPages.page(process, c) + "?version=" + lang;
        } catch (DomainException e) {
            return view(process, c, lang, Form.refused(form, e, response), model);
        }
    }

    /** The paragraphs typed, by ref; none when only their numbers are there. */
    private static Map<String, String> paragraphs(String typed) {
        if (typed == null || LABEL_ALONE.matcher(typed).replaceAll("").isBlank()) {
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        ConsultationForms.paragraphs(typed).forEach(p -> texts.put(p.ref(), p.text()));
        return texts;
    }

    /** The texts as typed: each numbered paragraph of the original, with its text in the version if it has one. */
    private static String typed(List<NumberedText> originals, Map<String, String> version) {
        return originals.stream().map(t -> (t.ref().matches("\\d+") ? t.ref() + ". " : t.ref() + " ")
                + version.getOrDefault(t.ref(), "")).collect(Collectors.joining("\n\n"));
    }

    private Consultation officersConsultation(Process process, String id) {
        if (!consultations.runs(process)) {
            throw new NotFoundException("Consultation", id);
        }
        return consultations.require(process, ConsultationId.parse(id));
    }

    private String view(Process process, Consultation c, String language, Form<VersionForm.Values> form,
            Model model) {
        model.addAttribute("version", new VersionForm(c.title(), ConsultationPages.page(process, c), language,
                "versions.title", "versions.elements", "versions.questions", form));
        return "versions/form";
    }
}
