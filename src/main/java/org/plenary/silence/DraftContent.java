package org.plenary.silence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.plenary.documents.DocumentId;
import org.plenary.documents.Documents;
import org.plenary.processes.Process;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.ParticipantKind;
import org.plenary.roster.Roster;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Component;

/**
 * Checks what a draft says, the same way when it is drafted and when it is edited: its texts, its deadline (at
 * least the process's minimum period from now), its effect, the documents of the process it attaches, the letter
 * it was announced with, and the broken procedure it revises.
 */
@Component
class DraftContent {

    /** One draft decision, checked, with the deadline it extends once adopted, if any. */
    record DraftText(String symbol, String title, String text, DeadlineExtension extension) {

        DraftText with(DeadlineExtension e) {
            return new DraftText(symbol, title, text, e);
        }

        Map<String, Object> audited() {
            Map<String, Object> entry = new HashMap<>(Map.of("title", title, "text", text));
            if (symbol != null) {
                entry.put("symbol", symbol);
            }
            if (extension != null) {
                entry.put("extension", Map.of("participantId", extension.participant().toString(),
                        "article", extension.article(), "deadline", extension.deadline().toString()));
            }
            return entry;
        }
    }

    /**
     * A procedure's content, checked. With several drafts, its {@code proposal} lists them (what letters and
     * notices quote).
     */
    record Checked(String subject, String proposal, Instant deadline, boolean amendmentsBreakSilence, Effect effect,
            List<DocumentId> documents, SilenceProcedureId revises, UUID announcedWith, List<DraftText> drafts,
            String shortPeriodReason) {

        /** What the procedure says, without its drafts (stored beside it). */
        SilenceProcedure.Content content() {
            return new SilenceProcedure.Content(subject, proposal, deadline, amendmentsBreakSilence, effect, documents,
                    revises, announcedWith);
        }

        /** What a stored procedure not yet circulated says. */
        static Checked of(SilenceProcedure p, List<DraftDecision> drafts, String shortPeriodReason) {
            return new Checked(p.subject(), p.proposal(), p.deadline(), p.amendmentsBreakSilence(), p.effect(),
                    p.documents(), p.revises(), p.announcedWith(),
                    drafts.stream().map(d -> new DraftText(d.symbol(), d.title(), d.text(), d.extension())).toList(),
                    shortPeriodReason);
        }

        /** What the audit log records of it. */
        Map<String, Object> audited(String reference) {
            Map<String, Object> entry = new HashMap<>(Map.of("reference", reference, "subject", subject,
                    "deadline", deadline.toString(), "amendmentsBreakSilence", amendmentsBreakSilence,
                    "documents", documents.stream().map(DocumentId::toString).toList()));
            if (effect != null) {
                entry.put("effect", Map.of("type", effect.type(), "meetingId", effect.meeting().toString(),
                        "start", effect.start().toString(), "end", effect.end().toString()));
            }
            if (revises != null) {
                entry.put("revises", revises.toString());
            }
            if (announcedWith != null) {
                entry.put("announcedWith", announcedWith.toString());
            }
            if (shortPeriodReason != null) {
                entry.put("shortPeriodReason", shortPeriodReason);
            }
            if (drafts.size() > 1 || drafts.getFirst().extension() != null) {
                entry.put("drafts", drafts.stream().map(DraftText::audited).toList());
            }
            return entry;
        }
    }

    private final MeetingsToMove meetings;
    private final Documents documents;
    private final LettersToAnnounce letters;
    private final ProcedureRepository procedures;
    private final Roster roster;

    DraftContent(MeetingsToMove meetings, Documents documents, LettersToAnnounce letters,
            ProcedureRepository procedures, Roster roster) {
        this.roster = roster;
        this.meetings = meetings;
        this.documents = documents;
        this.letters = letters;
        this.procedures = procedures;
    }

    Checked check(Process process, DraftProcedure.Command c, Instant now) {
        String subject = TextInput.line("subject", c.subject(), 300);
        List<DraftProcedure.DraftRequest> asked = c.drafts() == null ? List.of() : c.drafts();
        if (asked.isEmpty() || c.proposal() != null && !c.proposal().isBlank()) {
            String proposal = TextInput.lines("proposal", c.proposal(), 20_000);
            if (!asked.isEmpty()) {
                throw InvalidInputException.of("drafts", "A procedure has either a proposal or drafts, not both");
            }
            return checked(process, c, now, subject, proposal, c.effect(),
                    List.of(new DraftText(null, subject, proposal, null)));
        }
        if (asked.size() > DraftDecision.MAX_DRAFTS) {
            throw InvalidInputException.of("drafts", "A procedure carries at most " + DraftDecision.MAX_DRAFTS
                    + " drafts; there are " + asked.size());
        }
        List<DraftText> drafts = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            DraftProcedure.DraftRequest d = asked.get(i);
            String field = "drafts[" + i + "].";
            if (d == null) {
                throw InvalidInputException.of("drafts[" + i + "]", "A draft needs a title and a text");
            }
            if (d.effect() != null && !extends_(d.effect()) && (asked.size() > 1 || c.effect() != null)) {
                throw InvalidInputException.of(field + "effect",
                        "Moving a meeting is possible only for the only draft of a procedure, given once");
            }
            DraftText draft = new DraftText(TextInput.optionalLine(field + "symbol", d.symbol(), DraftDecision.MAX_SYMBOL),
                    TextInput.line(field + "title", d.title(), 300), TextInput.lines(field + "text", d.text(), 20_000),
                    extends_(d.effect()) ? extension(field + "effect", d.effect()) : null);
            if (draft.symbol() != null && drafts.stream().anyMatch(o -> draft.symbol().equals(o.symbol()))) {
                throw InvalidInputException.of(field + "symbol", "The symbol " + draft.symbol() + " is given twice");
            }
            drafts.add(draft);
        }
        if (drafts.size() == 1 && !extends_(asked.getFirst().effect())) {
            DraftText only = drafts.getFirst();
            return checked(process, c, now, subject, only.text(),
                    c.effect() != null ? c.effect() : asked.getFirst().effect(), drafts);
        }
        if (c.effect() != null) {
            throw InvalidInputException.of("effect", "An effect is possible only for a procedure with one draft; "
                    + "a deadline extension is the effect of its draft");
        }
        if (drafts.size() == 1) {
            return checked(process, c, now, subject, drafts.getFirst().text(), null, drafts);
        }
        return checked(process, c, now, subject, listed(drafts), null, drafts);
    }

    private Checked checked(Process process, DraftProcedure.Command c, Instant now, String subject, String proposal,
            DraftProcedure.EffectRequest effect, List<DraftText> drafts) {
        String reason = ShortPeriods.checked(c.shortPeriodReason());
        DeadlineRule.check(process, c.deadline(), now, reason != null);
        if (extends_(effect)) {
            return new Checked(subject, proposal, c.deadline(), c.amendmentsBreakSilence(), null,
                    attachments(process, c.documents()), revised(process, c.revises()),
                    announcement(process, c.announcedWith()), List.of(drafts.getFirst().with(extension("effect", effect))),
                    reason);
        }
        return new Checked(subject, proposal, c.deadline(), c.amendmentsBreakSilence(), effect(process, effect),
                attachments(process, c.documents()), revised(process, c.revises()),
                announcement(process, c.announcedWith()), List.copyOf(drafts), reason);
    }

    /** The proposal of a procedure with several drafts: the list of its drafts. */
    private static String listed(List<DraftText> drafts) {
        StringBuilder list = new StringBuilder("Draft decisions:");
        for (int i = 0; i < drafts.size(); i++) {
            DraftText d = drafts.get(i);
            list.append('\n').append(i + 1).append(". ").append(d.symbol() == null ? "" : d.symbol() + " – ")
                    .append(d.title());
        }
        return list.toString();
    }

    private Effect effect(Process process, DraftProcedure.EffectRequest e) {
        if (e == null) {
            return null;
        }
        if (e.type() == null) {
            throw InvalidInputException.of("effect.type",
                    "The type of the effect is required: RESCHEDULE_MEETING or RECORD_DEADLINE_EXTENSION");
        }
        MeetingId meeting;
        try {
            meeting = new MeetingId(UUID.fromString(e.meetingId() == null ? "" : e.meetingId()));
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInputException.of("effect.meetingId", "'" + e.meetingId() + "' is not a meeting of this process");
        }
        if (e.start() == null || e.end() == null) {
            throw InvalidInputException.of(e.start() == null ? "effect.start" : "effect.end",
                    "The new start and end of the meeting are required, with their offsets");
        }
        try {
            meetings.checkMove(process, meeting, e.start(), e.end());
        } catch (InvalidInputException refused) {
            throw new InvalidInputException(refused.getMessage(), refused.errors().stream()
                    .map(f -> new InvalidInputException.FieldError("effect." + f.field(), f.message())).toList());
        }
        return new Effect(e.type(), meeting, e.start(), e.end());
    }

    private static boolean extends_(DraftProcedure.EffectRequest e) {
        return e != null && e.type() == Effect.Type.RECORD_DEADLINE_EXTENSION;
    }

    /** The extension of a State's obligation deadline a draft grants: a State of the roster, an article, a date. */
    private DeadlineExtension extension(String field, DraftProcedure.EffectRequest e) {
        ParticipantId state;
        try {
            state = ParticipantId.parse(e.participantId() == null ? "" : e.participantId());
        } catch (RuntimeException notAnId) {
            throw InvalidInputException.of(field + ".participantId", "'" + e.participantId() + "' is not a State");
        }
        if (roster.participant(state).filter(p -> p.kind() == ParticipantKind.STATE).isEmpty()) {
            throw InvalidInputException.of(field + ".participantId", "'" + e.participantId() + "' is not a State");
        }
        String article = TextInput.line(field + ".article", e.article(), 100);
        if (e.deadline() == null) {
            throw InvalidInputException.of(field + ".deadline", "The new deadline is required (2023-03-01)");
        }
        return new DeadlineExtension(state, article, e.deadline());
    }

    private SilenceProcedureId revised(Process process, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        SilenceProcedure earlier;
        try {
            earlier = procedures.find(SilenceProcedureId.parse(id)).filter(p -> p.process().equals(process.id()))
                    .orElseThrow(() -> new NotFoundException("Silence procedure", id));
        } catch (NotFoundException unknown) {
            throw InvalidInputException.of("revises", "'" + id + "' is not a silence procedure of this process");
        }
        if (earlier.status() != ProcedureStatus.BROKEN) {
            throw InvalidInputException.of("revises", "Only a broken procedure can be revised; "
                    + earlier.reference() + " is " + earlier.status());
        }
        return earlier.id();
    }

    private UUID announcement(Process process, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return letters.find(process, UUID.fromString(id)).orElseThrow().id();
        } catch (IllegalArgumentException | NoSuchElementException unknown) {
            throw InvalidInputException.of("announcedWith", "'" + id + "' is not a letter of this process");
        }
    }

    private List<DocumentId> attachments(Process process, List<String> ids) {
        List<DocumentId> attached = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            try {
                attached.add(documents.require(process, DocumentId.parse(id)).id());
            } catch (NotFoundException e) {
                throw InvalidInputException.of("documents", "'" + id + "' is not a document of this process");
            }
        }
        return List.copyOf(new LinkedHashSet<>(attached));
    }
}
