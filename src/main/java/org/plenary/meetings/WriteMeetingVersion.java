package org.plenary.meetings;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ContentLanguages;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.MeetingId;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds or corrects the version of a meeting (its title and agenda items) in another language of its process. Until
 * its agenda is adopted (or the meeting held or cancelled) a version may be added or corrected; after that, the
 * delegations have read it: a version can still be added, but not changed.
 */
@Service
public class WriteMeetingVersion {

    public record Command(ProcessId process, MeetingId meeting, String language, String title,
            Map<String, String> agenda) {
    }

    private final Processes processes;
    private final MeetingRepository meetings;
    private final MeetingVersionRepository versions;
    private final AuditLog audit;
    private final Clock clock;

    WriteMeetingVersion(Processes processes, MeetingRepository meetings, MeetingVersionRepository versions,
            AuditLog audit, Clock clock) {
        this.processes = processes;
        this.meetings = meetings;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Meeting execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        MeetingPolicy.mayManage(processes.roleOf(process.id(), actor)).orForbid();
        Meeting meeting = meetings.lockIn(process.id(), c.meeting());
        String language = ContentLanguages.require(c.language(), process.languages());
        LanguageVersions<MeetingText> before = versions.of(meeting);
        before.requireWritable(language, isFinal(meeting), "the meeting '" + meeting.title() + "'");
        MeetingText text = new MeetingText(TextInput.line("title", c.title(), 300), agenda(meeting, c.agenda()));
        versions.save(meeting.id(), language, text, clock.instant(), actor.username());
        Map<String, Object> after = Map.of("title", text.title(), "language", language, "agenda", text.agenda());
        MeetingText earlier = before.versions().get(language);
        audit.record(earlier == null
                ? AuditRecord.created("meetings.meeting.version-added", "meeting", meeting.id(), process.id().value(),
                        after)
                : AuditRecord.changed("meetings.meeting.version-changed", "meeting", meeting.id(),
                        process.id().value(), Map.of("title", earlier.title(), "language", language,
                                "agenda", earlier.agenda()), after));
        return meeting;
    }

    /** Final once the agenda is adopted or the meeting is over: what the delegations read no longer changes. */
    public static boolean isFinal(Meeting meeting) {
        return meeting.agendaStatus() == AgendaStatus.ADOPTED
                || meeting.agendaStatus() == AgendaStatus.ADOPTED_AS_ORALLY_AMENDED
                || meeting.status() == MeetingStatus.HELD || meeting.status() == MeetingStatus.CANCELLED;
    }

    /** The items' titles by label, each label one of the agenda's; 400 naming the first that is not. */
    private static Map<String, String> agenda(Meeting meeting, Map<String, String> typed) {
        Map<String, String> agenda = new LinkedHashMap<>();
        if (typed == null) {
            return agenda;
        }
        typed.forEach((label, title) -> {
            String item = AgendaNumbering.normalise(label);
            if (!meeting.hasItem(item)) {
                throw InvalidInputException.of("agenda", "The agenda has no item '" + label + "'");
            }
            agenda.put(item, TextInput.line("agenda", title, 500));
        });
        return agenda;
    }
}
