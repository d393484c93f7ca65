package org.plenary.silence;

import java.time.Clock;
import java.util.List;
import org.plenary.contacts.Addresses;
import org.plenary.contacts.Coverage;
import org.plenary.notifications.OutgoingMail;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.Category;
import org.plenary.roster.Standing;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What circulating a draft would do, for the officer to confirm it: the participants of the process today that its
 * e-mail reaches (and by name those it cannot), how many of them are States Parties that may break silence, and the
 * circulation e-mail itself, written by the same templates as the one sent.
 */
@Service
@Transactional(readOnly = true)
public class CirculationPreview {

    /** The reach of the circulation, the States Parties that may object, and the e-mail as a delegation reads it. */
    public record Preview(SilenceProcedure procedure, Coverage coverage, long mayObject, OutgoingMail mail) {
    }

    private final Processes processes;
    private final SilenceProcedures procedures;
    private final Addresses addresses;
    private final NoticeMail mail;
    private final ShortPeriods shortPeriods;
    private final Clock clock;

    CirculationPreview(Processes processes, SilenceProcedures procedures, Addresses addresses, NoticeMail mail,
            ShortPeriods shortPeriods, Clock clock) {
        this.shortPeriods = shortPeriods;
        this.clock = clock;
        this.processes = processes;
        this.procedures = procedures;
        this.addresses = addresses;
        this.mail = mail;
    }

    /** The circulation of the draft {@code id} as it would be now, its e-mail in {@code language}. */
    public Preview of(Process process, SilenceProcedureId id, String language) {
        SilencePolicy.mayManage(processes.roleOf(process.id(), Actor.require())).orForbid();
        SilenceProcedure p = procedures.require(process, id);
        p.status().to(ProcedureStatus.OPEN);
        DeadlineRule.check(process, p.deadline(), clock.instant(), shortPeriods.reason(id).isPresent());
        List<Standing> participants = processes.participants(process, processes.today(process));
        return new Preview(p, Coverage.of(addresses.of(participants)),
                participants.stream().filter(s -> s.category() == Category.STATE_PARTY).count(),
                mail.write("", language, process, p, SilenceNotices.Kind.CIRCULATION));
    }
}
