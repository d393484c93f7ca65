package org.plenary.consultations.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.plenary.consultations.ConsultationId;
import org.plenary.consultations.NumberedParagraphs;
import org.plenary.consultations.NumberedText;
import org.plenary.consultations.OpenConsultation;
import org.plenary.consultations.Stance;
import org.plenary.consultations.Submission;
import org.plenary.consultations.SubmitViews;
import org.plenary.processes.ProcessId;
import org.plenary.shared.InvalidInputException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/** The forms of the consultation pages, as entered, and how they become commands. */
public final class ConsultationForms {

    /** How many empty rows the views form offers for missing elements, after those already proposed. */
    static final int BLANK_MISSING = 2;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ConsultationForms() {
    }

    /** A consultation to open; times are local in the process's time zone, elements and questions typed. */
    public record NewConsultation(String title, String documentId, LocalDate opensOn, LocalTime opensAt,
            LocalDate closesOn, LocalTime closesAt, String elements, String questions, Boolean confirmed) {

        static NewConsultation empty(LocalDate today) {
            return new NewConsultation("", "", today, LocalTime.of(9, 0), today.plusWeeks(4), LocalTime.of(18, 0),
                    "", "", false);
        }

        /** The same form with the elements of an uploaded file written as text, for the confirmation to post. */
        NewConsultation withElements(List<NumberedText> read) {
            return new NewConsultation(title, documentId, opensOn, opensAt, closesOn, closesAt, String.join("\n",
                    read.stream().map(e -> e.ref() + (e.ref().matches("\\d+") ? ". " : " ") + e.text()).toList()),
                    questions, confirmed);
        }

        /** The command; the elements come from {@code file} when one was uploaded (DOCX or plain text). */
        OpenConsultation.Command command(ProcessId process, ZoneId zone, MultipartFile file) {
            return new OpenConsultation.Command(process, title, documentId, at(opensOn, opensAt, zone, "opens"),
                    at(closesOn, closesAt, zone, "closes"),
                    file == null || file.isEmpty() ? paragraphs(elements) : paragraphs(file), paragraphs(questions));
        }
    }

    /** Numbered paragraphs typed in a text area ({@code 1.}, {@code 12 (d)}); none when left empty. */
    static List<NumberedText> paragraphs(String typed) {
        return typed == null || typed.isBlank() ? List.of() : texts(NumberedParagraphs.fromText(typed));
    }

    /** The numbered paragraphs of an uploaded Word document or plain-text file. */
    static List<NumberedText> paragraphs(MultipartFile file) {
        try (InputStream content = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase();
            return texts(name.endsWith(".docx") || DOCX.equals(file.getContentType())
                    ? NumberedParagraphs.fromDocx(content)
                    : NumberedParagraphs.fromText(new String(content.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<NumberedText> texts(List<NumberedParagraphs.Paragraph> paragraphs) {
        return paragraphs.stream().map(p -> new NumberedText(p.ref(), p.text())).toList();
    }

    /** Why the officers close a consultation early, as typed. */
    public record Closing(String reason) {
    }

    /** A new closing time, local in the process's time zone. */
    public record Extension(LocalDate closesOn, LocalTime closesAt) {

        Instant closes(ZoneId zone) {
            return at(closesOn, closesAt, zone, "closes");
        }
    }

    static Instant at(LocalDate date, LocalTime time, ZoneId zone, String field) {
        if (date == null || time == null) {
            throw InvalidInputException.of(field, "The date and time are required");
        }
        return date.atTime(time).atZone(zone).toInstant();
    }

    /**
     * The views form as posted: per element {@code stance.<ref>} (blank for no position), {@code text.<ref>} and
     * {@code comment.<ref>}; rows {@code missing.<i>} with {@code after.<i>}; {@code answer.<ref>}; and, for a group
     * statement, {@code groupName} with the {@code members}; and the {@code version} of the views the form was
     * filled in from.
     */
    static SubmitViews.Command views(ProcessId process, ConsultationId consultation, List<String> elements,
            List<String> questions, MultiValueMap<String, String> form) {
        List<SubmitViews.PositionInput> positions = new ArrayList<>();
        for (String ref : elements) {
            String stance = form.getFirst("stance." + ref);
            if (stance != null && !stance.isBlank()) {
                Stance chosen;
                try {
                    chosen = Stance.valueOf(stance);
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("stance." + ref, "RETAIN, AMEND or DELETE");
                }
                positions.add(new SubmitViews.PositionInput(ref, chosen,
                        chosen == Stance.AMEND ? form.getFirst("text." + ref) : null, form.getFirst("comment." + ref)));
            }
        }
        List<SubmitViews.MissingInput> missing = new ArrayList<>();
        for (int i = 0; form.containsKey("missing." + i); i++) {
            missing.add(new SubmitViews.MissingInput(form.getFirst("missing." + i), form.getFirst("after." + i)));
        }
        List<SubmitViews.AnswerInput> answers = new ArrayList<>();
        for (String ref : questions) {
            String answer = form.getFirst("answer." + ref);
            if (answer != null && !answer.isBlank()) {
                answers.add(new SubmitViews.AnswerInput(ref, answer));
            }
        }
        String groupName = form.getFirst("groupName");
        SubmitViews.GroupInput group = groupName == null || groupName.isBlank() ? null
                : new SubmitViews.GroupInput(groupName, form.getOrDefault("members", List.of()));
        String version = form.getFirst("version");
        return new SubmitViews.Command(process, consultation, positions, missing, answers, group,
                version == null || !version.strip().matches("\\d{1,9}") ? null : Integer.valueOf(version.strip()));
    }

    /** What the views form shows: the submission as saved, or as posted when it was refused. */
    public record ViewsValues(MultiValueMap<String, String> values) {

        static ViewsValues of(Submission s) {
            MultiValueMap<String, String> values = new org.springframework.util.LinkedMultiValueMap<>();
            if (s != null) {
                s.positions().forEach(p -> {
                    values.add("stance." + p.element(), p.stance().name());
                    values.add("text." + p.element(), p.proposedText());
                    values.add("comment." + p.element(), p.comment());
                });
                for (int i = 0; i < s.missing().size(); i++) {
                    values.add("missing." + i, s.missing().get(i).text());
                    values.add("after." + i, s.missing().get(i).after());
                }
                s.answers().forEach(a -> values.add("answer." + a.question(), a.text()));
                if (s.group() != null) {
                    values.add("groupName", s.group().name());
                    s.group().members().forEach(m -> values.add("members", m.participant().toString()));
                }
            }
            return new ViewsValues(values);
        }

        public String value(String name) {
            String value = values.getFirst(name);
            return value == null ? "" : value;
        }

        public boolean is(String name, String value) {
            return values.getOrDefault(name, List.of()).contains(value);
        }

        /** The number of missing-element rows: those given, and a few empty ones. */
        public int missingRows() {
            int given = 0;
            while (values.containsKey("missing." + given)) {
                given++;
            }
            return given + BLANK_MISSING;
        }
    }
}
