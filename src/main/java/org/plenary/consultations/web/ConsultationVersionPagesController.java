package org.plenary.consultations.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.plenary.shared.InvalidInputException;
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
 * and guiding questions as paragraphs each after its ref ({@code 12 (d) Text}), separated by blank lines; a
 * paragraph left with its ref alone is read in the original.
 */
@PageController
class ConsultationVersionPagesController {

    private static final String PATH = "/processes/{code}/consultations/{id}/versions/{lang}";

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
                    paragraphs("elements", c.elements(), form.text()),
                    paragraphs("questions", c.questions(), form.second())));
            Notice.send(redirect, "versions.saved", lang);
            return "redirect:" + ConsultationPages.page(process, c) + "?version=" + lang;
        } catch (DomainException e) {
            return view(process, c, lang, Form.refused(form, e, response), model);
        }
    }

    /**
     * The paragraphs typed, by ref: each begins with the ref of one of the originals ({@code 12 (d)}, {@code 12.},
     * {@code Q1}); one left with its ref alone is left out. 400 for a paragraph that begins with no ref.
     */
    private static Map<String, String> paragraphs(String field, List<NumberedText> originals, String typed) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String block : (typed == null ? "" : typed).strip().split("\\R\\s*\\R")) {
            String paragraph = block.strip().replaceAll("\\s+", " ");
            if (paragraph.isEmpty()) {
                continue;
            }
            String ref = originals.stream().map(NumberedText::ref)
                    .filter(r -> paragraph.equals(r) || paragraph.startsWith(r + " ") || paragraph.startsWith(r + "."))
                    .max(Comparator.comparingInt(String::length))
                    .orElseThrow(() -> InvalidInputException.of(field, "Begin each paragraph with its number: '"
                            + paragraph + "'"));
            String text = paragraph.substring(ref.length()).replaceFirst("^\\.?\\s*", "");
            if (!text.isEmpty()) {
                texts.put(ref, text);
            }
        }
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
