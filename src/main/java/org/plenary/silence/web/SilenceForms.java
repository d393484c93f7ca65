package org.plenary.silence.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.plenary.processes.ProcessId;
import org.plenary.shared.InvalidInputException;
import org.plenary.silence.DraftDecision;
import org.plenary.silence.DraftProcedure;
import org.plenary.silence.Effect;
import org.plenary.silence.SilenceProcedure;

/** The forms of the silence pages: a new or edited draft, with times as local times in the process's zone; an answer. */
public final class SilenceForms {

    private SilenceForms() {
    }

    /**
     * A procedure to draft or a draft to edit; {@code meetingId} empty for no effect. Times are
     * {@code 2020-06-12T18:00}; {@code documents} are the ids of the process's documents it attaches; {@code drafts}
     * the draft decisions typed instead of a proposal, which {@code change} ({@code add}, {@code remove-2}) adds to or
     * removes from without saving.
     */
    public record NewProcedure(String subject, String proposal, String deadline, Boolean amendmentsBreakSilence,
            String meetingId, String effectStart, String effectEnd, String revises, List<String> documents,
            String announcedWith, List<DraftForm> drafts, String change) {

        static NewProcedure empty() {
            return new NewProcedure("", "", "", false, "", "", "", "", List.of(), "", List.of(), null);
        }

        /** The draft decisions typed, none for a procedure with a proposal alone. */
        public List<DraftForm> draftList() {
            return drafts == null ? List.of() : drafts.stream().map(d -> d == null ? new DraftForm("", "", "") : d)
                    .toList();
        }

        /** Whether the officer asked to add or remove a draft rather than to save. */
        boolean changesDrafts() {
            return change != null && (change.equals("add") || change.startsWith("remove-"));
        }

        /** The form with a draft added (its symbol {@code symbol}, if any) or removed, as {@code change} asks. */
        NewProcedure changed(String symbol) {
            List<DraftForm> list = new ArrayList<>(draftList());
            if (change.equals("add") && list.size() < DraftDecision.MAX_DRAFTS) {
                list.add(new DraftForm(symbol == null ? "" : symbol, "", ""));
            } else if (change.startsWith("remove-")) {
                try {
                    int at = Integer.parseInt(change.substring("remove-".length()));
                    if (at >= 0 && at < list.size()) {
                        list.remove(at);
                    }
                } catch (NumberFormatException notADraft) {
                    return this;
                }
            }
            return new NewProcedure(subject, proposal, deadline, amendmentsBreakSilence, meetingId, effectStart,
                    effectEnd, revises, documents, announcedWith, List.copyOf(list), null);
        }

        /** The form of a stored draft, its times as local times of {@code zone}. */
        static NewProcedure of(SilenceProcedure p, ZoneId zone) {
            Effect e = p.effect();
            return new NewProcedure(p.subject(), p.proposal(), local(p.deadline(), zone), p.amendmentsBreakSilence(),
                    e == null ? "" : e.meeting().toString(), e == null ? "" : local(e.start(), zone),
                    e == null ? "" : local(e.end(), zone), p.revises() == null ? "" : p.revises().toString(),
                    p.documents().stream().map(Object::toString).toList(),
                    p.announcedWith() == null ? "" : p.announcedWith().toString(), List.of(), null);
        }

        public boolean attaches(String document) {
            return documents != null && documents.contains(document);
        }

        DraftProcedure.Command command(ProcessId process, ZoneId zone) {
            boolean effect = meetingId != null && !meetingId.isBlank();
            return new DraftProcedure.Command(process, subject, proposal, at("deadline", deadline, zone, true),
                    Boolean.TRUE.equals(amendmentsBreakSilence),
                    effect ? new DraftProcedure.EffectRequest(Effect.Type.RESCHEDULE_MEETING, meetingId,
                            at("effect.start", effectStart, zone, true), at("effect.end", effectEnd, zone, true)) : null,
                    documents == null ? List.of() : documents, revises == null || revises.isBlank() ? null : revises,
                    announcedWith == null || announcedWith.isBlank() ? null : announcedWith,
                    draftList().isEmpty() ? null : draftList().stream().map(d -> new DraftProcedure.DraftRequest(
                            d.symbol() == null || d.symbol().isBlank() ? null : d.symbol(), d.title(), d.text(),
                            null)).toList());
        }

        private static String local(Instant at, ZoneId zone) {
            return LocalDateTime.ofInstant(at, zone).truncatedTo(ChronoUnit.MINUTES).toString();
        }

        private static Instant at(String field, String local, ZoneId zone, boolean required) {
            if (local == null || local.isBlank()) {
                if (required) {
                    throw InvalidInputException.of(field, "A date and time is required (local time of the process)");
                }
                return null;
            }
            try {
                return LocalDateTime.parse(local.strip()).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(field, "'" + local + "' is not a date and time such as 2020-06-12T18:00");
            }
        }
    }

    /** One draft decision typed in the new-procedure form. */
    public record DraftForm(String symbol, String title, String text) {
    }

    /**
     * An answer from a delegate: an objection ({@code text} is its reason), an amendment or a comment. An
     * objection is sent once {@code confirmed}; {@code key} makes a repeated submission count once. It reaches
     * the {@code drafts} ticked, or every draft when none is.
     */
    public record Answer(String text, String reason, Boolean confirmed, String key, List<String> drafts) {

        static Answer empty() {
            return new Answer("", "", false, UUID.randomUUID().toString(), List.of());
        }

        /** Whether the answer reaches the draft {@code id} as chosen (every draft when none is chosen). */
        public boolean reaches(String id) {
            return drafts == null || drafts.isEmpty() || drafts.contains(id);
        }
    }
}
