package org.plenary.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.plenary.contacts.Addresses;
import org.plenary.contacts.Coverage;
import org.plenary.notifications.OutgoingMail;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.LocalNames;
import org.plenary.shared.Actor;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moving, postponing or cancelling a meeting would tell the delegations, for the officer to confirm it, checked
 * as the act will be: the participants of the process today its notice reaches (by name those it cannot), the notice
 * itself, written by the same templates as the one sent, and whether the new dates are already past.
 */
@Service
@Transactional(readOnly = true)
public class MeetingPreview {

    /** The reach of the notice, the e-mail as a delegation reads it, and whether the dates announced are past. */
    public record Preview(Coverage coverage, OutgoingMail mail, boolean past) {

        public Preview in(LocalNames names) {
            return new Preview(coverage.in(names), mail, past);
        }
    }

    private final Processes processes;
    private final Addresses addresses;
    private final MeetingNoticeMail mail;
    private final Clock clock;

    MeetingPreview(Processes processes, Addresses addresses, MeetingNoticeMail mail, Clock clock) {
        this.processes = processes;
        this.addresses = addresses;
        this.mail = mail;
        this.clock = clock;
    }

    /** Moving {@code meeting} to {@code start}–{@code end} for {@code reason}. */
    public Preview moving(Process process, Meeting meeting, Instant start, Instant end, String reason,
            String language) {
        authorise(process);
        MeetingTimes.check(start, end);
        meeting.status().to(MeetingStatus.SCHEDULED);
        return preview(process, meeting, MeetingNotices.Kind.MOVED, start, end, TextInput.lines("reason", reason, 1000),
                language);
    }

    /** Postponing {@code meeting} until new dates are decided, for {@code reason}. */
    public Preview postponing(Process process, Meeting meeting, String reason, String language) {
        authorise(process);
        meeting.status().to(MeetingStatus.POSTPONED);
        return preview(process, meeting, MeetingNotices.Kind.POSTPONED, meeting.start(), meeting.end(),
                TextInput.lines("reason", reason, 1000), language);
    }

    /** Cancelling {@code meeting}. */
    public Preview cancelling(Process process, Meeting meeting, String language) {
        authorise(process);
        meeting.status().to(MeetingStatus.CANCELLED);
        return preview(process, meeting, MeetingNotices.Kind.CANCELLED, meeting.start(), meeting.end(), null,
                language);
    }

    private Preview preview(Process process, Meeting meeting, MeetingNotices.Kind kind, Instant start, Instant end,
            String reason, String language) {
        return new Preview(Coverage.of(addresses.of(processes.participants(process, processes.today(process)))),
                mail.write("", language, process, meeting,
                kind.name().toLowerCase(Locale.ROOT), start, end, reason),
                kind == MeetingNotices.Kind.MOVED && start.isBefore(clock.instant()));
    }

    private void authorise(Process process) {
        MeetingPolicy.mayManage(processes.roleOf(process.id(), Actor.require())).orForbid();
    }
}
