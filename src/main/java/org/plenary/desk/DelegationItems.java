package org.plenary.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.ConsultationStatus;
import org.plenary.consultations.Consultations;
import org.plenary.correspondence.Letters;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingFormat;
import org.plenary.meetings.MeetingStatus;
import org.plenary.meetings.Meetings;
import org.plenary.processes.Process;
import org.plenary.roster.ParticipantId;
import org.plenary.silence.ProcedureView;
import org.plenary.silence.Response;
import org.plenary.silence.SilenceProcedure;
import org.plenary.silence.SilenceProcedures;
import org.springframework.stereotype.Component;

/**
 * What awaits a delegation in one process: the silence procedures still taking answers and how it answered, the
 * open consultations and whether it submitted, the meetings ahead, the speakers' lists it waits on, and the
 * letters it received since {@code since} (all of them before its first visit).
 */
@Component
class DelegationItems {

    private final SilenceProcedures silence;
    private final Consultations consultations;
    private final Meetings meetings;
    private final Letters letters;
    private final Clock clock;

    DelegationItems(SilenceProcedures silence, Consultations consultations, Meetings meetings, Letters letters,
            Clock clock) {
        this.silence = silence;
        this.consultations = consultations;
        this.meetings = meetings;
        this.letters = letters;
        this.clock = clock;
    }

    List<PendingItem> of(Process process, ParticipantId delegation, Instant since) {
        UUID participant = delegation.value();
        Instant now = clock.instant();
        String base = "/processes/" + process.code();
        List<PendingItem> items = new ArrayList<>();
        for (SilenceProcedure p : silence.visible(process)) {
            if (OfficerItems.takingAnswers(p, now)) {
                items.add(PendingItem.of(PendingKind.SILENCE_PROCEDURE, process, p.id().toString(), p.subject(),
                                answerOf(silence.view(process, p.id()), participant),
                                p.address(process.code()))
                        .reference(p.reference()).due(p.deadline()).build());
            }
        }
        for (Consultation c : consultations.of(process)) {
            if (c.status(now) == ConsultationStatus.OPEN) {
                PendingState state = consultations.mine(process, c.id()).isPresent() ? PendingState.SUBMITTED
                        : PendingState.NOT_STARTED;
                items.add(PendingItem.of(PendingKind.CONSULTATION, process, c.id().toString(), c.title(), state,
                        base + "/consultations/" + c.id()).due(c.closesAt()).build());
            }
        }
        for (Meeting m : meetings.of(process)) {
            if (m.status() == MeetingStatus.SCHEDULED && m.end().isAfter(now)) {
                items.add(PendingItem.of(PendingKind.MEETING, process, m.id().toString(), m.title(),
                                PendingState.SCHEDULED, m.address(process.code()))
                        .due(m.start()).onlineUrl(m.format() == MeetingFormat.IN_PERSON ? null : m.onlineUrl())
                        .build());
            }
        }
        for (Meetings.Inscription i : meetings.waitingLists(process, delegation)) {
            Meeting m = meetings.require(process, i.meeting());
            if (m.status() == MeetingStatus.SCHEDULED) {
                int place = meetings.speakers(process, m, i.agendaItem()).stream().map(s -> s.participantId())
                        .toList().indexOf(participant) + 1;
                items.add(PendingItem.of(PendingKind.SPEAKERS_LIST, process, m.id().toString(), m.title(),
                                PendingState.WAITING_TO_SPEAK, m.address(process.code()))
                        .due(m.start()).speaking(i.agendaItem(), place).build());
            }
        }
        letters.visible(process).stream().filter(l -> l.sent() && (since == null || l.sentAt().isAfter(since)))
                .forEach(l -> items.add(PendingItem.of(PendingKind.LETTER, process, l.id().toString(), l.subject(),
                        PendingState.RECEIVED, base + "/letters/" + l.id())
                        .reference(l.reference()).at(l.sentAt()).build()));
        return items;
    }

    /** The delegation's strongest answer: an objection, else a proposed amendment, else a comment. */
    private static PendingState answerOf(ProcedureView view, UUID participant) {
        if (ours(view.objections(), participant)) {
            return PendingState.OBJECTED;
        }
        if (ours(view.amendments(), participant)) {
            return PendingState.AMENDMENT_PROPOSED;
        }
        return ours(view.comments(), participant) ? PendingState.COMMENTED : PendingState.NOT_ANSWERED;
    }

    private static boolean ours(List<Response> responses, UUID participant) {
        return responses.stream().anyMatch(r -> participant.equals(r.participantId()));
    }
}
