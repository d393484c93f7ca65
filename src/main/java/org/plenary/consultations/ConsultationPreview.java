package org.plenary.consultations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.plenary.contacts.Addresses;
import org.plenary.contacts.Coverage;
import org.plenary.notifications.OutgoingMail;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.LocalNames;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What opening, extending or closing a consultation would tell the delegations, for the officer to confirm it: the
 * participants of the process today the notice reaches (by name those it cannot), and the notice itself, written
 * by the same templates as the one sent.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationPreview {

    /** The reach of the notice and the e-mail as a delegation reads it. */
    public record Preview(Coverage coverage, OutgoingMail mail) {

        public Preview in(LocalNames names) {
            return new Preview(coverage.in(names), mail);
        }
    }

    private final Processes processes;
    private final Addresses addresses;
    private final ConsultationNoticeMail mail;
    private final Clock clock;

    ConsultationPreview(Processes processes, Addresses addresses, ConsultationNoticeMail mail, Clock clock) {
        this.processes = processes;
        this.addresses = addresses;
        this.mail = mail;
        this.clock = clock;
    }

    /** Opening a consultation titled {@code title} from {@code opens} to {@code closes}. */
    public Preview opening(Process process, String title, Instant opens, Instant closes, String language) {
        Consultation draft = new Consultation(new ConsultationId(UUID.randomUUID()), process.id(), title, null, opens,
                closes, false, clock.instant(), Actor.require().username(), List.of(), List.of(), 0);
        return preview(process, draft, ConsultationNotices.Kind.OPENED, opens, closes, null, language);
    }

    /** Moving the closing time of {@code consultation} to {@code closes}. */
    public Preview extension(Process process, Consultation consultation, Instant closes, String language) {
        return preview(process, consultation, ConsultationNotices.Kind.EXTENDED, consultation.opensAt(), closes, null,
                language);
    }

    /** Closing {@code consultation} now, for {@code reason}. */
    public Preview closing(Process process, Consultation consultation, String reason, String language) {
        return preview(process, consultation, ConsultationNotices.Kind.CLOSED_EARLY, consultation.opensAt(),
                clock.instant(), reason, language);
    }

    private Preview preview(Process process, Consultation consultation, ConsultationNotices.Kind kind, Instant opens,
            Instant closes, String reason, String language) {
        ConsultationPolicy.mayRun(processes.roleOf(process.id(), Actor.require())).orForbid();
        return new Preview(Coverage.of(addresses.of(processes.participants(process, processes.today(process)))),
                mail.write("", language, process, consultation,
                kind.name().toLowerCase(Locale.ROOT), opens, closes, reason));
    }
}
