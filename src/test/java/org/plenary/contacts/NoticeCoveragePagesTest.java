package org.plenary.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.WebSession;

/**
 * The officers see how far the notices of a meeting and of a consultation reached, as when they were sent: the
 * participants addressed, those reached, the e-mails, and by name those without any address; delegates do not.
 */
class NoticeCoveragePagesTest extends PlenaryTest {

    private Api admin;
    private String treaty;
    private String process;
    private String code;
    private Fixtures.Person secretariat;
    private Fixtures.Person delegate;
    private String nowhereName;
    private String nowhere;
    private int participants;

    @BeforeEach
    void aProcessWithAStateThatHasNoAddress() {
        admin = admin();
        treaty = Fixtures.aTreaty(admin);
        process = Fixtures.aProcess(admin, treaty);
        code = admin.get("/processes/" + process).json().get("code").asString();
        secretariat = Fixtures.anOfficer(admin, process, "SECRETARIAT");
        String reached = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, reached, "STATE_PARTY", "2010-01-01");
        delegate = Fixtures.aDelegate(admin, reached);
        nowhere = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, nowhere, "STATE_PARTY", "2011-01-01");
        nowhereName = admin.get("/participants/" + nowhere).json().get("name").asString();
        participants = admin.get("/processes/" + process + "/participants").json().size();
    }

    @Test
    void aMeetingsNoticeCoverageIsShownToItsOfficersAsWhenItWasSent() {
        String meeting = secretariat.api().post("/processes/" + process + "/meetings", Map.of(
                "title", "Intersessional Meeting", "kind", "PREPARATORY_MEETING", "format", "IN_PERSON",
                "start", "2030-06-08T10:00:00+02:00", "end", "2030-06-08T13:00:00+02:00")).json().get("id").asString();
        String laterName = aStateJoiningLater();

        String page = WebSession.signIn(port, secretariat.username(), Fixtures.PASSWORD)
                .open("/processes/" + code + "/meetings/" + meeting).body();
        assertCoverage(page, laterName);
        assertThat(WebSession.signIn(port, delegate.username(), Fixtures.PASSWORD)
                .open("/processes/" + code + "/meetings/" + meeting).body()).as("a delegate's page")
                .doesNotContain("notices-coverage");
    }

    @Test
    void aConsultationsNoticeCoverageIsShownToItsOfficers() {
        Fixtures.Person presidency = Fixtures.anOfficer(admin, process, "PRESIDENCY");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Response opened = presidency.api().post("/processes/" + process + "/consultations", Map.of(
                "title", "Possible elements of the Action Plan", "opens", now.minus(1, ChronoUnit.HOURS).toString(),
                "closes", now.plus(1, ChronoUnit.DAYS).toString(),
                "elements", List.of(Map.of("ref", "1", "text", "Destroy stockpiles within eight years."))));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String consultation = opened.json().get("id").asString();
        String laterName = aStateJoiningLater();

        String page = WebSession.signIn(port, presidency.username(), Fixtures.PASSWORD)
                .get("/processes/" + code + "/consultations/" + consultation).body();
        assertCoverage(page, laterName);
        assertThat(WebSession.signIn(port, delegate.username(), Fixtures.PASSWORD)
                .get("/processes/" + code + "/consultations/" + consultation).body()).as("a delegate's page")
                .doesNotContain("notices-coverage");
    }

    private String aStateJoiningLater() {
        String later = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, later, "STATE_PARTY", "2012-01-01");
        return admin.get("/participants/" + later).json().get("name").asString();
    }

    private void assertCoverage(String page, String laterName) {
        assertThat(page).contains("id=\"notices-coverage\"")
                .containsPattern("went to \\d+ of the " + participants + " participants it was addressed to, in "
                        + "(one e-mail|\\d+ e-mails)")
                .contains("id=\"notices-unreached\"")
                .contains(nowhereName + " · <a href=\"/participants/" + nowhere + "/contacts\">")
                .as("a State that joined after the notice").doesNotContain(laterName);
    }
}
