package org.plenary.consultations;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.SentOnceDeliveries;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/** Consultations records when the outbox reports a consultation notice's e-mail accepted ({@link SentOnceDeliveries}). */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, webEnvironment = WebEnvironment.RANDOM_PORT)
class ConsultationNoticeDeliveriesTest extends SentOnceDeliveries {

    ConsultationNoticeDeliveriesTest() {
        super(ConsultationNoticeMail.KIND, "consultation_notice");
    }

    /** An OPENED notice of a fresh consultation, queued to a State's address. */
    @Override
    protected UUID aQueuedNotice() {
        Api admin = admin();
        String process = Fixtures.aProcess(admin);
        Api officer = Fixtures.anOfficer(admin, process, "PRESIDENCY").api();
        UUID consultation = UUID.fromString(officer.post("/processes/" + process + "/consultations", Map.of(
                "title", "WP.4", "opens", "2026-06-01T08:00:00Z", "closes", "2026-06-30T16:00:00Z",
                "elements", List.of(Map.of("ref", "1", "text", "Clear all remnants.")))).json().get("id").asString());
        UUID state = UUID.fromString(Fixtures.aState(admin));
        UUID notice = UUID.randomUUID();
        jdbc.sql("""
                insert into consultation_notice (id, consultation, kind, participant, email, language, opens_at,
                                                 closes_at, queued_at)
                values (?, ?, 'OPENED', ?, 'mission@narnia.example', 'en', timestamptz '2026-06-01T08:00:00Z',
                        timestamptz '2026-06-30T16:00:00Z', now())
                """).params(notice, consultation, state).update();
        return notice;
    }
}
