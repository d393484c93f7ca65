package org.plenary.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;

/**
 * A process with a Presidency and two States Parties, each with a delegate, in which the Presidency circulates
 * procedures, opens consultations, convenes meetings and sends letters through the API.
 */
record DeskWorld(String process, String code, Person presidency, Person delegateA, Person delegateB) {

    static DeskWorld create(Api admin) {
        String treaty = Fixtures.aTreaty(admin);
        Api.Response process = admin.post("/processes", Fixtures.newProcess(treaty));
        String id = process.json().get("id").asString();
        String a = Fixtures.aState(admin);
        String b = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, a, "STATE_PARTY", "2010-08-01");
        Fixtures.recordStatus(admin, treaty, b, "STATE_PARTY", "2011-02-01");
        return new DeskWorld(id, process.json().get("code").asString(),
                Fixtures.anOfficer(admin, id, "PRESIDENCY"), Fixtures.aDelegate(admin, a), Fixtures.aDelegate(admin, b));
    }

    String path(String what) {
        return "/processes/" + process + "/" + what;
    }

    /** A procedure circulated now with its deadline {@code deadline}; answers its id. */
    String circulated(String subject, Instant deadline) {
        Api.Response drafted = presidency.api().post(path("silence-procedures"), Map.of("subject", subject,
                "proposal", "The meeting is held in Lausanne.",
                "deadline", deadline.truncatedTo(ChronoUnit.SECONDS).toString()));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        Api.Response circulated = presidency.api().post(path("silence-procedures/" + id + "/circulate"), null);
        assertThat(circulated.status()).as(circulated.toString()).isEqualTo(200);
        return id;
    }

    /** A consultation open from {@code opens} to {@code closes}; answers its id. */
    String consultation(String title, Instant opens, Instant closes) {
        Api.Response created = presidency.api().post(path("consultations"), Map.of("title", title,
                "opens", opens.truncatedTo(ChronoUnit.SECONDS).toString(),
                "closes", closes.truncatedTo(ChronoUnit.SECONDS).toString(),
                "elements", List.of(Map.of("ref", "1", "text", "Clear all remnants."))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A virtual meeting at {@code start} with an agenda of one item; answers its id. */
    String virtualMeeting(String title, Instant start, String onlineUrl) {
        Api.Response created = presidency.api().post(path("meetings"), Map.of("title", title,
                "kind", "INFORMAL_BRIEFING", "format", "VIRTUAL", "onlineUrl", onlineUrl,
                "start", start.truncatedTo(ChronoUnit.SECONDS).toString(),
                "end", start.plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Api.Response agenda = presidency.api().put(path("meetings/" + id + "/agenda"), Map.of("status", "PROVISIONAL",
                "items", List.of(Map.of("title", "Opening"), Map.of("title", "Lausanne Action Plan"))));
        assertThat(agenda.status()).as(agenda.toString()).isEqualTo(200);
        return id;
    }

    /** A letter to the States Parties, sent; answers its id. */
    String sentLetter(String subject) {
        Api.Response drafted = presidency.api().post(path("letters"), Map.of("reference", Fixtures.unique("REF"),
                "date", "2026-06-05", "place", "Geneva", "subject", subject, "body", "Excellency, …",
                "addressees", List.of("STATES_PARTIES")));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        Api.Response sent = presidency.api().post(path("letters/" + id + "/send"), null);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        return id;
    }
}
