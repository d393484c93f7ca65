package org.plenary.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.WebSession;

/**
 * The main forms of the officers' pages, given bad input in English and French: each refusal a page shows (beside
 * a field, above a form, or as the page itself) reads in words, never an ISO period (PT72H), a raw enum name
 * (STATES_PARTIES, DRAFT) or a UUID.
 */
class RefusalWordsTest extends PlenaryTest {

    private static final Pattern ISO_PERIOD = Pattern.compile("\\bP(T\\d+[HMS]|\\d+[DWMY])\\b");
    private static final Pattern ENUM = Pattern.compile("\\b([A-Z]{2,}_[A-Z_]+|DRAFT|OPEN|ADOPTED|BROKEN|WITHDRAWN"
            + "|SCHEDULED|POSTPONED|CANCELLED|HELD|CLOSED|RETAIN|AMEND|DELETE|PRESIDENCY|SECRETARIAT|PROVISIONAL)\\b");
    private static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void noRefusalOfTheMainFormsShowsAPeriodAnEnumNameOrAUuid() {
        Api admin = admin();
        String process = Fixtures.aProcess(admin);
        String code = admin.get("/processes/" + process).json().get("code").asString();
        Person president = Fixtures.anOfficer(admin, process, "PRESIDENCY");
        String open = president.api().post("/processes/" + process + "/silence-procedures", Map.of(
                "subject", "Dates", "proposal", "The meeting is held on 5 May.", "deadline",
                Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.SECONDS).toString())).json().get("id")
                .asString();
        assertThat(president.api().post("/processes/" + process + "/silence-procedures/" + open + "/circulate", null)
                .status()).isEqualTo(200);
        String meeting = president.api().post("/processes/" + process + "/meetings", Map.of("title", "Meeting",
                "kind", "PREPARATORY_MEETING", "format", "IN_PERSON", "start", Instant.now().plus(Duration.ofDays(9))
                        .truncatedTo(ChronoUnit.SECONDS).toString(), "end", Instant.now().plus(Duration.ofDays(9))
                        .plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS).toString())).json().get("id")
                .asString();
        String consultation = president.api().post("/processes/" + process + "/consultations", Map.of("title", "WP.4",
                "opens", Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS).toString(),
                "closes", Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.SECONDS).toString(),
                "elements", List.of(Map.of("ref", "1", "text", "Clear all remnants."))))
                .json().get("id").asString();
        WebSession officer = WebSession.signIn(port, president.username(), Fixtures.PASSWORD);
        String base = "/processes/" + code;
        String soon = Instant.now().plus(Duration.ofHours(2)).atZone(ZoneId.of("Europe/Zurich")).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES).toString();
        List<String> seen = new ArrayList<>();

        for (String language : List.of("en", "fr")) {
            officer.get(base + "?lang=" + language);
            List<HttpResponse<String>> refusals = List.of(
                    officer.post(base + "/silence-procedures", Map.of("subject", "", "proposal", "", "deadline", "")),
                    officer.post(base + "/silence-procedures", Map.of("subject", "Dates", "proposal", "5 May",
                            "deadline", soon)),
                    officer.get(officer.address(base + "/silence/" + open) + "/edit"),
                    officer.post(base + "/silence/" + open + "/withdraw", Map.of("reason", " ")),
                    officer.post(base + "/letters", Map.of("reference", "", "subject", "", "body", "")),
                    officer.postMultipart(base + "/consultations", Map.of("title", "WP.4", "documentId",
                            UUID.randomUUID().toString(), "opensOn", "2030-01-02", "opensAt", "09:00",
                            "closesOn", "2030-01-09", "closesAt", "18:00", "elements", "1. Text"),
                            "elementsFile", "none.txt", "text/plain", new byte[0]),
                    officer.post(base + "/consultations/" + consultation + "/close", Map.of("reason", "")),
                    officer.post(base + "/meetings", Map.of("title", "", "kind", "PREPARATORY_MEETING",
                            "format", "IN_PERSON", "date", "2030-01-02", "from", "10:00", "to", "09:00")),
                    officer.post(base + "/meetings/" + meeting + "/manage", Map.of("action", "sessions",
                            "sessions", "2030-01-02 25:00-26:00")),
                    officer.post(base + "/meetings/" + meeting + "/manage", Map.of("action", "held")));
            for (HttpResponse<String> refused : refusals) {
                assertThat(refused.statusCode()).as(refused.uri().toString()).isBetween(400, 499);
                String messages = Jsoup.parse(refused.body())
                        .select(".alert.error, .field-error, [role=alert], main .alert, main h1 + p").text();
                assertThat(messages).as("the refusal of %s in %s", refused.uri().getPath(), language).isNotBlank()
                        .doesNotContainPattern(ISO_PERIOD).doesNotContainPattern(ENUM).doesNotContainPattern(UUIDS);
                seen.add(messages);
            }
        }
        assertThat(seen).hasSize(20);
    }
}
