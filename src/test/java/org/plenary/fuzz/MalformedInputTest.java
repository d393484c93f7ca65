package org.plenary.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertInvalid;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;

/**
 * The malformed inputs that answered 500 (issue 13, finding 6) answer 400 naming the field, and change nothing:
 * U+0000 and other control characters in texts, queries and paths; instants outside any plausible year; null
 * elements of lists and missing required fields. Every module applies the same rule to texts.
 */
class MalformedInputTest extends PlenaryTest {

    private static final String ABSURD = "+999999999-12-31T23:59:59Z";

    private Api presidency;
    private Api delegate;
    private String process;

    @BeforeEach
    void world() {
        Api admin = admin();
        String treaty = Fixtures.aTreaty(admin);
        process = "/processes/" + Fixtures.aProcess(admin, treaty);
        String state = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, state, "STATE_PARTY", "2010-08-01");
        delegate = Fixtures.aDelegate(admin, state).api();
        presidency = Fixtures.anOfficer(admin, process.substring("/processes/".length()), "PRESIDENCY").api();
    }

    @Test
    void controlCharactersAndInvalidUtf8InQueriesAndPathsAreRefused() {
        assertInvalid(unchanged(() -> api().get(process + "/documents?q=a%00b")), "q");
        assertInvalid(unchanged(() -> presidency.get(process + "/documents?symbol=%01")), "symbol");
        assertInvalid(unchanged(() -> presidency.get(process + "/documents?q=%FF")), "q");
        assertInvalid(unchanged(() -> presidency.get(process + "/documents/a%07b")), "did");
        // Tomcat refuses U+0000 in a path itself, before the application sees it.
        assertThat(unchanged(() -> presidency.post(process + "/letters/a%00b/send", null)).status()).isEqualTo(400);
    }

    @Test
    void instantsOutsideThePlausibleYearsAreRefusedWithTheirField() {
        assertInvalid(unchanged(() -> presidency.post(process + "/silence-procedures",
                Map.of("subject", "Dates", "proposal", "Moved", "deadline", ABSURD))), "deadline");
        assertInvalid(unchanged(() -> presidency.post(process + "/consultations", Map.of("title", "Elements",
                "opens", "2030-01-01T00:00:00Z", "closes", ABSURD,
                "elements", List.of(Map.of("ref", "1", "text", "One"))))), "closes");
        String consultation = consultation();
        assertInvalid(unchanged(() -> presidency.post(consultation + "/extend", Map.of("closes", ABSURD))), "closes");
        assertInvalid(unchanged(() -> presidency.post(process + "/meetings", meeting("start",
                "1899-12-31T23:00:00Z"))), "start");
    }

    @Test
    void nullElementsOfListsAndMissingFieldsAreRefusedWithTheirField() {
        String meeting = process + "/meetings/" + presidency.post(process + "/meetings", meeting("title", "Meeting"))
                .json().get("id").asString();
        String agenda = meeting + "/agenda";
        assertInvalid(unchanged(() -> presidency.put(agenda, "{\"status\":\"PROVISIONAL\",\"items\":[null]}")),
                "items[0].title");
        assertInvalid(unchanged(() -> presidency.put(agenda,
                "{\"status\":\"PROVISIONAL\",\"items\":[{\"title\":\"Opening\",\"items\":[null]}]}")),
                "items[0].items[0].title");
        String views = consultation() + "/submissions/mine";
        assertInvalid(unchanged(() -> delegate.put(views, Map.of("positions", List.of(Map.of("stance", "RETAIN"))))),
                "positions[0].element");
        assertInvalid(unchanged(() -> delegate.put(views, "{\"positions\":[null]}")), "positions[0]");
    }

    @Test
    void everyModuleRefusesControlCharactersAndOverlongTextsAlike() {
        Map<String, Object> letter = Map.of("reference", unique("REF"), "date", "2031-03-01", "place", "Geneva",
                "subject", "Convocation", "body", "Excellency,", "addressees", List.of("STATES_PARTIES"));
        assertInvalid(unchanged(() -> presidency.post(process + "/letters", with(letter, "body", "a\u0000b"))), "body");
        assertInvalid(unchanged(() -> presidency.post(process + "/letters", with(letter, "subject", "one\ttwo"))),
                "subject");
        assertInvalid(unchanged(() -> presidency.post(process + "/silence-procedures", Map.of("subject", "Dates",
                "proposal", "Bell \u0007", "deadline", Instant.now().plus(10, ChronoUnit.DAYS).toString()))),
                "proposal");
        assertInvalid(unchanged(() -> presidency.post(process + "/silence-procedures", Map.of("subject",
                "x".repeat(301), "proposal", "Moved", "deadline", Instant.now().plus(10, ChronoUnit.DAYS).toString()))),
                "subject");
        assertInvalid(unchanged(() -> presidency.post(process + "/consultations", Map.of("title", "Two\nlines",
                "opens", "2030-01-01T00:00:00Z", "closes", "2030-02-01T00:00:00Z",
                "elements", List.of(Map.of("ref", "1", "text", "One"))))), "title");
    }

    @Test
    void multiLineTextsKeepTabsAndLineBreaksWithLineFeedsOnly() {
        var created = presidency.post(process + "/letters", Map.of("reference", unique("REF"), "date", "2031-03-01",
                "place", "Geneva", "subject", "Convocation", "body", "Excellency,\r\n\r\n\tThe meeting\ris moved.",
                "addressees", List.of("STATES_PARTIES")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("body").asString()).isEqualTo("Excellency,\n\n\tThe meeting\nis moved.");
    }

    private String consultation() {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        return process + "/consultations/" + presidency.post(process + "/consultations", Map.of("title", "Elements",
                "opens", now, "closes", Instant.now().plus(10, ChronoUnit.DAYS).toString(),
                "elements", List.of(Map.of("ref", "1", "text", "One")))).json().get("id").asString();
    }

    private static Map<String, Object> meeting(String field, String value) {
        return with(Map.of("title", "Meeting", "kind", "PREPARATORY_MEETING", "format", "IN_PERSON",
                "start", "2031-03-02T10:00:00+01:00", "end", "2031-03-02T13:00:00+01:00"), field, value);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }
}
