package org.plenary.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.ConsultationStatus;
import org.plenary.consultations.Consultations;
import org.plenary.contacts.Coverage;
import org.plenary.correspondence.Dispatch;
import org.plenary.correspondence.DispatchStatus;
import org.plenary.correspondence.Letter;
import org.plenary.correspondence.Letters;
import org.plenary.processes.Process;
import org.plenary.silence.ProcedureStatus;
import org.plenary.silence.ProcedureView;
import org.plenary.silence.Response;
import org.plenary.silence.SilenceProcedure;
import org.plenary.silence.SilenceProcedures;
import org.springframework.stereotype.Component;

/**
 * What awaits the officers of one process: the silence procedures taking answers (how many States answered out
 * of the States eligible to object), the consultations open or about to open (how many participants submitted),
 * and the sent letters that did not reach every addressee or whose e-mails failed.
 */
@Component
class OfficerItems {

    private final SilenceProcedures silence;
    private final Consultations consultations;
    private final Letters letters;
    private final Clock clock;

    OfficerItems(SilenceProcedures silence, Consultations consultations, Letters letters, Clock clock) {
        this.silence = silence;
        this.consultations = consultations;
        this.letters = letters;
        this.clock = clock;
    }

    /** Whether a procedure still takes answers: circulated, not withdrawn nor adopted, before its deadline. */
    static boolean takingAnswers(SilenceProcedure procedure, Instant now) {
        return (procedure.status() == ProcedureStatus.OPEN || procedure.status() == ProcedureStatus.BROKEN)
                && !procedure.pastDeadline(now);
    }

    List<PendingItem> of(Process process) {
        Instant now = clock.instant();
        String base = "/processes/" + process.code();
        List<PendingItem> items = new ArrayList<>();
        for (SilenceProcedure p : silence.visible(process)) {
            if (takingAnswers(p, now)) {
                ProcedureView view = silence.view(process, p.id());
                long answered = Stream.of(view.objections(), view.amendments(), view.comments())
                        .flatMap(List::stream).map(Response::participantId).distinct().count();
                items.add(PendingItem.of(PendingKind.SILENCE_PROCEDURE, process, p.id().toString(), p.subject(),
                                PendingState.RUNNING, p.address(process.code()))
                        .reference(p.reference()).due(p.deadline())
                        .answers((int) answered, view.eligible().size()).build());
            }
        }
        for (Consultation c : consultations.of(process)) {
            ConsultationStatus status = c.status(now);
            if (status != ConsultationStatus.CLOSED) {
                boolean open = status == ConsultationStatus.OPEN;
                items.add(PendingItem.of(PendingKind.CONSULTATION, process, c.id().toString(), c.title(),
                                open ? PendingState.RUNNING : PendingState.OPENS_LATER,
                                base + "/consultations/" + c.id())
                        .due(open ? c.closesAt() : c.opensAt())
                        .answers(consultations.respondents(process, c.id()), null).build());
            }
        }
        for (Letter l : letters.visible(process)) {
            if (l.sent()) {
                Coverage coverage = letters.coverage(process, l);
                long failed = letters.dispatches(process, l).orElse(List.of()).stream()
                        .map(Dispatch::status).filter(DispatchStatus.FAILED::equals).count();
                if (failed > 0 || !coverage.unreached().isEmpty()) {
                    items.add(PendingItem.of(PendingKind.LETTER, process, l.id().toString(), l.subject(),
                                    failed > 0 ? PendingState.DISPATCH_FAILED : PendingState.UNREACHED,
                                    base + "/letters/" + l.id())
                            .reference(l.reference()).at(l.sentAt())
                            .undelivered(coverage.unreached().size(), (int) failed).build());
                }
            }
        }
        return items;
    }
}
