package org.plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.aUser;
import static org.plenary.support.Fixtures.anOfficer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures.Person;
import tools.jackson.databind.JsonNode;

/** Each state-changing call leaves its entry; the entries of a process are read newest first. */
class AuditApiTest extends PlenaryTest {

    private Api admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = admin();
    }

    private Map<String, Object> lastEntry() {
        return jdbc.sql("select * from audit_entry order by id desc limit 1").query().singleRow();
    }

    @Test
    void recordsTheRegistrationOfAParticipantWithWhoAndWhat() {
        String name = unique("Niue");
        String id = admin.post("/participants", Map.of("name", name, "kind", "STATE")).json().path("id").asString();

        Map<String, Object> entry = lastEntry();
        assertThat(entry).containsEntry("action", "roster.participant.registered").containsEntry("object_type",
                "participant").containsEntry("object_id", id).containsEntry("actor", "admin");
        assertThat((String) entry.get("after")).contains(name);
        assertThat(entry.get("at")).isNotNull();
    }

    @Test
    void recordsATreatyStatusChangeWithBeforeAndAfter() {
        String treaty = aTreaty(admin);
        String state = aState(admin);
        admin.put("/treaties/" + treaty + "/statuses/" + state, Map.of("status", "STATE_PARTY", "since", "2020-08-06"));

        Map<String, Object> entry = lastEntry();
        assertThat(entry).containsEntry("action", "roster.status.recorded").containsEntry("object_id", state);
        assertThat((String) entry.get("before")).contains("\"NONE\"");
        assertThat((String) entry.get("after")).contains("\"STATE_PARTY\"", "2020-08-06");
    }

    @Test
    void recordsEveryChangeOfRosterIdentityAndProcesses() {
        String treaty = aTreaty(admin);
        assertThat(lastEntry()).containsEntry("action", "roster.treaty.created").containsEntry("object_id", treaty);

        Person user = aUser(admin);
        assertThat(count("select count(*) from audit_entry where action = 'identity.account.created' and object_id = ?",
                user.id())).isOne();
        assertThat(lastEntry()).containsEntry("action", "identity.token.issued");

        String process = aProcess(admin, treaty);
        assertThat(lastEntry()).containsEntry("action", "processes.process.created").containsEntry("object_id", process)
                .containsEntry("process", java.util.UUID.fromString(process));

        admin.post("/processes/" + process + "/officers", Map.of("userId", user.id(), "role", "SECRETARIAT"));
        assertThat(lastEntry()).containsEntry("action", "processes.officer.appointed")
                .containsEntry("object_id", user.id());

        user.api().delete("/auth/token");
        assertThat(lastEntry()).containsEntry("action", "identity.token.revoked").containsEntry("actor", user.username());

        admin.delete("/users/" + user.id() + "/tokens");
        assertThat(lastEntry()).containsEntry("action", "identity.tokens.revoked").containsEntry("object_id", user.id());
    }

    @Test
    void recordsEachStatusOfACsvImport() {
        String treaty = aTreaty(admin);
        long before = count("select count(*) from audit_entry");
        admin.send("POST", "/treaties/" + treaty + "/statuses",
                "name,iso3,status,since\n" + unique("Niue") + ",,STATE_PARTY,2020-08-06\n", "text/csv");

        assertThat(jdbc.sql("select action from audit_entry where id > (select max(id) - 2 from audit_entry) order by id")
                .query(String.class).list()).containsExactly("roster.participant.registered", "roster.status.recorded");
        assertThat(count("select count(*) from audit_entry")).isEqualTo(before + 2);
    }

    @Test
    void answersTheEntriesOfAProcessNewestFirstToItsOfficers() {
        String process = aProcess(admin);
        Person president = anOfficer(admin, process, "PRESIDENCY");
        anOfficer(admin, process, "SECRETARIAT");

        Api.Response response = president.api().get("/processes/" + process + "/audit");

        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> entries = response.json().valueStream().toList();
        assertThat(entries).extracting(e -> e.path("action").asString()).containsExactly(
                "processes.officer.appointed", "processes.officer.appointed", "processes.process.created");
        assertThat(entries).extracting(e -> e.path("id").asLong()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        JsonNode created = entries.getLast();
        assertThat(created.path("actor").asString()).isEqualTo("admin");
        assertThat(created.path("objectId").asString()).isEqualTo(process);
        assertThat(created.path("at").asString()).endsWith("Z");
        assertThat(created.path("after").path("timeZone").asString()).isEqualTo("Europe/Zurich");
    }

    @Test
    void pagesTheEntriesOfAProcessWithALinkToTheNextPage() {
        String process = aProcess(admin);
        anOfficer(admin, process, "PRESIDENCY");
        anOfficer(admin, process, "SECRETARIAT");

        Api.Response first = admin.get("/processes/" + process + "/audit?page=0&size=2");
        Api.Response last = admin.get("/processes/" + process + "/audit?page=1&size=2");

        assertThat(first.json()).hasSize(2);
        assertThat(first.header("Link")).contains("page=1", "size=2", "rel=\"next\"");
        assertThat(last.json()).hasSize(1);
        assertThat(last.json().get(0).path("action").asString()).isEqualTo("processes.process.created");
        assertThat(last.header("Link")).isNull();
        assertInvalid(admin.get("/processes/" + process + "/audit?size=0"), "size");
    }

    @Test
    void refusesProofsOfTreesTheLogHasNotSignedAndEntriesItDoesNotHave() {
        await().atMost(Duration.ofSeconds(20)).until(() -> admin.get("/audit/tree-head").status() == 200);
        long size = admin.get("/audit/tree-head").json().path("treeSize").asLong();

        assertInvalid(admin.get("/audit/proofs/inclusion?index=0&treeSize=" + (size + 1_000_000)), "treeSize");
        assertInvalid(admin.get("/audit/proofs/inclusion?index=" + size + "&treeSize=" + size), "index");
        assertInvalid(admin.get("/audit/proofs/consistency?first=2&second=1"), "first");
        assertInvalid(admin.get("/audit/proofs/consistency?first=1&second=0"), "treeSize");
        assertThat(admin.get("/audit/entries/" + (size + 1_000_000)).status()).isEqualTo(404);
        assertThat(admin.get("/audit/proofs/inclusion?index=x&treeSize=1").status()).isEqualTo(400);
    }
}
