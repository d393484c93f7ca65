package org.plenary.meetings;

import java.util.Map;
import java.util.UUID;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.SentOnceDeliveries;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** Meetings records when the outbox reports a meeting notice's e-mail accepted ({@link SentOnceDeliveries}). */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, webEnvironment = WebEnvironment.RANDOM_PORT)
class MeetingNoticeDeliveriesTest extends SentOnceDeliveries {

    MeetingNoticeDeliveriesTest() {
        super(MeetingNoticeMail.KIND, "meeting_notice");
    }

    /** A CONVENED notice of a fresh meeting, queued to a State's address. */
    @Override
    protected UUID aQueuedNotice() {
        Api admin = admin();
        String process = Fixtures.aProcess(admin);
        Api officer = Fixtures.anOfficer(admin, process, "PRESIDENCY").api();
        UUID meeting = UUID.fromString(officer.post("/processes/" + process + "/meetings", Map.of("title",
                "First Preparatory Meeting", "kind", "PREPARATORY_MEETING", "format", "IN_PERSON",
                "start", "2020-06-08T10:00:00+02:00", "end", "2020-06-08T13:00:00+02:00")).json().get("id")
                .asString());
        UUID state = UUID.fromString(Fixtures.aState(admin));
        UUID notice = UUID.randomUUID();
        jdbc.sql("""
                insert into meeting_notice (id, meeting, kind, participant, email, language, starts_at, ends_at,
                                            queued_at)
                values (?, ?, 'CONVENED', ?, 'mission@narnia.example', 'en', timestamptz '2020-06-08T08:00:00Z',
                        timestamptz '2020-06-08T11:00:00Z', now())
                """).params(notice, meeting, state).update();
        return notice;
    }
}
