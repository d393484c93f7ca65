package org.plenary.consultations.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.ConsultationId;
import org.plenary.consultations.ConsultationText;
import org.plenary.consultations.Consultations;
import org.plenary.consultations.NumberedText;
import org.plenary.consultations.WriteConsultationVersion;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.VersionForm;
import org.plenary.shared.web.VersionedText;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Consultations on the officers' form of a text's version in another language of the process: its title, and its
 * elements and guiding questions as paragraphs each after its ref ({@code 12 (d) Text}), separated by blank lines;
 * a paragraph left with its ref alone is read in the original.
 */
@Component
class ConsultationVersionTexts implements VersionedText.Source {

    private final Processes processes;
    private final Converter<String, ProcessId> paths;
    private final Consultations consultations;
    private final WriteConsultationVersion write;

    ConsultationVersionTexts(Processes processes, Converter<String, ProcessId> paths, Consultations consultations,
            WriteConsultationVersion write) {
        this.processes = processes;
        this.paths = paths;
        this.consultations = consultations;
        this.write = write;
    }

    @Override
    public String kind() {
        return "consultations";
    }

    @Override
    public VersionedText find(String code, String id) {
        Process process = processes.require(paths.convert(code));
        if (!consultations.runs(process)) {
            throw new NotFoundException("Consultation", id);
        }
        Consultation c = consultations.require(process, ConsultationId.parse(id));
        return new VersionedText(c.title(), ConsultationPages.page(process, c), "versions.title", "versions.elements",
                "versions.questions", process.languages(), language -> Optional.of(typed(c,
                        consultations.versions(c).versions().get(language))),
                (language, v) -> write.execute(new WriteConsultationVersion.Command(process.id(), c.id(), language,
                        v.subject(), paragraphs("elements", c.elements(), v.text()),
                        paragraphs("questions", c.questions(), v.second()))));
    }

    private static VersionForm.Values typed(Consultation c, ConsultationText existing) {
        return new VersionForm.Values(existing == null ? "" : existing.title(),
                typed(c.elements(), existing == null ? Map.of() : existing.elements()),
                typed(c.questions(), existing == null ? Map.of() : existing.questions()));
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
}
