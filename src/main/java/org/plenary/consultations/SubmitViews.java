package org.plenary.consultations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.consultations.Submission.Answer;
import org.plenary.consultations.Submission.Missing;
import org.plenary.consultations.Submission.Position;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.Standing;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Replaces the views of the delegate's participant in an open consultation as a whole, keeping every earlier
 * version in its history. Blank answers and blank missing elements are left out: nothing was said.
 */
@Service
public class SubmitViews {

    public record PositionInput(String element, Stance stance, String proposedText, String comment) {
    }

    public record MissingInput(String text, String after) {
    }

    public record AnswerInput(String question, String text) {
    }

    /** A statement on behalf of a group: its name and the ids of its member participants. */
    public record GroupInput(String name, List<String> members) {
    }

    /**
     * The views, and optionally the {@code version} of the submission they replace as the client last read it (0:
     * none yet): a submission changed meanwhile by someone else is then not overwritten (409).
     */
    public record Command(ProcessId process, ConsultationId consultation, List<PositionInput> positions,
            List<MissingInput> missing, List<AnswerInput> answers, GroupInput onBehalfOf, Integer version) {
    }

    private final Processes processes;
    private final ConsultationRepository consultations;
    private final SubmissionRepository submissions;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    SubmitViews(Processes processes, ConsultationRepository consultations, SubmissionRepository submissions,
            AuditLog audit, ObjectMapper json, Clock clock) {
        this.processes = processes;
        this.consultations = consultations;
        this.submissions = submissions;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Submission execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        ConsultationPolicy.maySubmit(actor).orForbid();
        Consultation consultation = consultations.share(c.consultation())
                .filter(x -> x.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Consultation", c.consultation()));
        Instant now = clock.instant();
        switch (consultation.status(now)) {
            case SCHEDULED -> throw new ConflictException("The consultation opens at " + consultation.opensAt())
                    .withKey("refusal.consultation.notOpenYet", consultation.opensAt());
            case CLOSED -> throw new ConflictException("The consultation closed at " + consultation.closesAt())
                    .withKey("refusal.consultation.closed", consultation.closesAt());
            case OPEN -> { }
        }
        Submission.Group group = group(process, c.onBehalfOf());
        ConsultationPolicy.maySpeakFor(actor, group).orForbid();
        Submission.Views views = new Submission.Views(group, positions(consultation, c.positions()),
                missing(consultation, c.missing()), answers(consultation, c.answers()));
        Optional<Submission> current = submissions.lock(consultation.id(), actor.participantId());
        int previous = current.map(Submission::version).orElse(0);
        if (c.version() != null && c.version() != previous) {
            throw new ConflictException("Your delegation's views were changed since version " + c.version()
                    + " (they are at version " + previous + "): reload them before changing them")
                    .withKey("refusal.consultation.viewsChanged", c.version(), previous);
        }
        Submission submission = current.map(s -> s.replacedBy(views, now, actor.username()))
                .orElseGet(() -> Submission.first(actor.participantId(), views, now, actor.username()));
        submissions.save(consultation.id(), submission);
        submissions.recordVersion(consultation.id(), submission, json.writeValueAsString(content(submission)));
        Map<String, Object> after = content(submission);
        after.put("version", submission.version());
        audit.record(AuditRecord.changed("consultations.submission.submitted", "consultation", consultation.id(),
                process.id().value(), previous == 0 ? null : Map.of("version", previous), after));
        return submissions.of(consultation.id(), actor.participantId()).orElseThrow();
    }

    private static Map<String, Object> content(Submission s) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("participant", s.participant().toString());
        if (s.group() != null) {
            content.put("onBehalfOf", Map.of("name", s.group().name(),
                    "members", s.group().members().stream().map(m -> m.participant().toString()).toList()));
        }
        content.put("positions", s.positions().stream().map(p -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("element", p.element());
            one.put("stance", p.stance().name());
            one.put("proposedText", p.proposedText());
            one.put("comment", p.comment());
            return one;
        }).toList());
        content.put("missing", s.missing().stream().map(m -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("text", m.text());
            one.put("after", m.after());
            return one;
        }).toList());
        content.put("answers", s.answers().stream().map(a -> Map.of("question", a.question(), "text", a.text())).toList());
        return content;
    }

    private Submission.Group group(Process process, GroupInput input) {
        if (input == null) {
            return null;
        }
        String name = TextInput.line("onBehalfOf.name", input.name(), 200);
        Map<UUID, String> participants = new LinkedHashMap<>();
        for (Standing s : processes.participants(process, processes.today(process))) {
            participants.put(s.id().value(), s.name());
        }
        List<Submission.Member> members = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (String id : input.members() == null ? List.<String>of() : input.members()) {
            UUID member;
            try {
                member = UUID.fromString(id == null ? "" : id.strip());
            } catch (IllegalArgumentException e) {
                member = null;
            }
            if (member == null || !participants.containsKey(member)) {
                throw InvalidInputException.of("onBehalfOf.members", "'" + id + "' is not a participant of the process");
            }
            if (seen.add(member)) {
                members.add(new Submission.Member(member, participants.get(member)));
            }
        }
        if (members.isEmpty()) {
            throw InvalidInputException.of("onBehalfOf.members", "A group statement names the members of the group");
        }
        return new Submission.Group(name, List.copyOf(members));
    }

    private static List<Position> positions(Consultation consultation, List<PositionInput> inputs) {
        List<Position> positions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<PositionInput> given = inputs == null ? List.of() : inputs;
        for (int i = 0; i < given.size(); i++) {
            String field = "positions[" + i + "]";
            PositionInput p = given.get(i);
            if (p == null) {
                throw InvalidInputException.of(field, "Required");
            }
            String element = p.element() == null ? "" : p.element().strip();
            if (element.isEmpty()) {
                throw InvalidInputException.of(field + ".element", "'" + field + ".element' is required");
            }
            if (consultation.element(element).isEmpty()) {
                throw InvalidInputException.of(field + ".element", "'" + p.element() + "' is not an element of the consultation")
                        .withKey("refusal.consultation.unknownElement", p.element());
            }
            if (!seen.add(element)) {
                throw InvalidInputException.of(field + ".element", "Element " + element + " has two positions");
            }
            if (p.stance() == null) {
                throw InvalidInputException.of(field + ".stance", "The stance is RETAIN, AMEND or DELETE");
            }
            if (p.stance() == Stance.AMEND && (p.proposedText() == null || p.proposedText().isBlank())) {
                throw InvalidInputException.of(field + ".proposedText", "Required")
                        .withKey("refusal.consultation.amendWithoutText", element);
            }
            String proposed = p.stance() == Stance.AMEND
                    ? TextInput.lines(field + ".proposedText", p.proposedText(), ConsultationTexts.MAX_TEXT)
                    : null;
            String comment = TextInput.optionalLines(field + ".comment", p.comment(), ConsultationTexts.MAX_TEXT);
            positions.add(new Position(UUID.randomUUID(), element, p.stance(), proposed, comment));
        }
        return List.copyOf(positions);
    }

    private static List<Missing> missing(Consultation consultation, List<MissingInput> inputs) {
        List<Missing> missing = new ArrayList<>();
        List<MissingInput> given = inputs == null ? List.of() : inputs;
        if (given.size() > 100) {
            throw InvalidInputException.of("missing", "At most 100 missing elements");
        }
        for (int i = 0; i < given.size(); i++) {
            MissingInput m = given.get(i);
            if (m == null || m.text() == null || m.text().isBlank()) {
                continue;
            }
            String text = TextInput.lines("missing[" + i + "].text", m.text(), ConsultationTexts.MAX_TEXT);
            String after = m.after() == null || m.after().isBlank() ? null : m.after().strip();
            if (after != null && consultation.element(after).isEmpty()) {
                throw InvalidInputException.of("missing[" + i + "].after", "'" + after + "' is not an element of the consultation");
            }
            missing.add(new Missing(UUID.randomUUID(), text, after));
        }
        return List.copyOf(missing);
    }

    private static List<Answer> answers(Consultation consultation, List<AnswerInput> inputs) {
        List<Answer> answers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<AnswerInput> given = inputs == null ? List.of() : inputs;
        for (int i = 0; i < given.size(); i++) {
            AnswerInput a = given.get(i);
            String question = a == null || a.question() == null ? "" : a.question().strip();
            if (!consultation.hasQuestion(question)) {
                throw InvalidInputException.of("answers[" + i + "].question", "'" + question + "' is not a question of the consultation");
            }
            if (!seen.add(question)) {
                throw InvalidInputException.of("answers[" + i + "].question", "Question " + question + " is answered twice");
            }
            if (a.text() != null && !a.text().isBlank()) {
                answers.add(new Answer(question, TextInput.lines("answers[" + i + "].text", a.text(),
                        ConsultationTexts.MAX_TEXT)));
            }
        }
        return List.copyOf(answers);
    }
}
