package org.plenary.demo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.plenary.identity.Account;
import org.plenary.meetings.AgendaNumbering.Draft;
import org.plenary.meetings.AgendaStatus;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingFormat;
import org.plenary.meetings.MeetingKind;
import org.plenary.meetings.ScheduleMeeting;
import org.plenary.meetings.SetAgenda;
import org.plenary.processes.ProcessId;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The meetings of the demo, as the 2020 preparation had them: the First Preparatory Meeting on 8 June (which
 * the demo's silence procedure of June 2020 moves to 29 June, see {@link DemoSilence}), and the Second on
 * 4 September with its ten-item provisional agenda. Convened by the President, as only officers may.
 */
@Component
class DemoMeetings {

    private final ScheduleMeeting schedule;
    private final SetAgenda setAgenda;
    private final DemoDocuments documents;

    DemoMeetings(ScheduleMeeting schedule, SetAgenda setAgenda, DemoDocuments documents) {
        this.schedule = schedule;
        this.setAgenda = setAgenda;
        this.documents = documents;
    }

    void create(ProcessId process, Account president) {
        Actor actor = new Actor(president.id().value(), president.username(), president.displayName(), null, false);
        SystemActor.runAs(actor, () -> {
            schedule.execute(new ScheduleMeeting.Command(process, "First Preparatory Meeting",
                    MeetingKind.PREPARATORY_MEETING, MeetingFormat.IN_PERSON, at("2020-06-08T10:00:00+02:00"),
                    at("2020-06-08T13:00:00+02:00"), "Palais des Nations, Geneva", null));
            Meeting second = schedule.execute(new ScheduleMeeting.Command(process, "Second Preparatory Meeting",
                    MeetingKind.PREPARATORY_MEETING, MeetingFormat.HYBRID, at("2020-09-04T10:00:00+02:00"),
                    at("2020-09-04T13:00:00+02:00"), "Palais des Nations, Geneva", null));
            Meeting withAgenda = setAgenda.execute(new SetAgenda.Command(process, second.id(), AgendaStatus.PROVISIONAL, List.of(
                    item("Opening of the meeting"), item("Adoption of the agenda"),
                    item("Confirmation of the rules of procedure"),
                    item("Recommendation of a draft provisional programme of work"),
                    item("Exchange of views on the preparation of documents",
                            item("Review of the operation and status of the Convention"),
                            item("Lausanne Action Plan"), item("Political Declaration"),
                            item("Implementation support")),
                    item("Financial status"), item("Logistical and administrative matters"), item("Other matters"),
                    item("Adoption of a procedural report"), item("Closure of the meeting"))));
            documents.publish(process, withAgenda);
        });
    }

    private static Draft item(String title, Draft... items) {
        return new Draft(title, List.of(items));
    }

    private static Instant at(String time) {
        return OffsetDateTime.parse(time).toInstant();
    }
}
