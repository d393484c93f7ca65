package org.plenary.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.WebSession;

/**
 * Periods, dates and time zones as people read them in each language: "72 hours", "Geneva time (UTC+2)", never
 * the ISO forms PT72H, 2020-06-12T16:00:00Z or a bare zone letter "(Z)", on pages and in refusals alike.
 */
class ReadableTimesPageTest extends PlenaryTest {

    private static final String[] LANGUAGES = {"ar", "zh", "en", "fr", "ru", "es"};

    private Api admin;
    private Person president;
    private String process;
    private String code;

    @BeforeEach
    void aProcessInGenevaWithASilenceMinimumOf72Hours() {
        admin = admin();
        process = Fixtures.aProcess(admin);
        code = admin.get("/processes/" + process).json().get("code").asString();
        president = Fixtures.anOfficer(admin, process, "PRESIDENCY");
    }

    @Test
    void noPageOfASilenceProcedureShowsAnIsoPeriodOrAZoneLetterInAnyLanguage() {
        String id = procedure(Instant.now().plus(Duration.ofDays(4)));
        assertThat(president.api().post(path(id) + "/circulate", null).status()).isEqualTo(200);
        WebSession officer = WebSession.signIn(port, president.username(), Fixtures.PASSWORD);
        Map<String, String> zones = Map.of("ar", "توقيت جنيف (UTC+", "zh", "日内瓦时间 (UTC+", "en", "Geneva time (UTC+",
                "fr", "heure de Genève (UTC+", "ru", "время Женевы (UTC+", "es", "hora de Ginebra (UTC+");
        Map<String, String> hours = Map.of("ar", "72 ساعة", "zh", "72小时", "en", "72 hours", "fr", "72\u00a0heures",
                "ru", "72 часа", "es", "72 horas");

        for (String language : LANGUAGES) {
            String home = officer.get("/processes/" + code + "?lang=" + language).body();
            String list = officer.get("/processes/" + code + "/silence-procedures?lang=" + language).body();
            String procedure = officer.get(officer.address("/processes/" + code + "/silence/" + id) + "?lang=" + language)
                    .body();
            for (String page : new String[] {home, list, procedure}) {
                assertThat(page).as(language).contains("<html lang=\"" + language + "\"");
                assertThat(Jsoup.parse(page).text()).as("what a reader of %s sees", language)
                        .doesNotContainPattern("PT\\d+[HMS]").doesNotContain("(Z)")
                        .doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d");
            }
            assertThat(home).as(language).contains(hours.get(language));
            assertThat(list).as(language).contains(hours.get(language)).contains(zones.get(language));
            assertThat(procedure).as(language).contains(zones.get(language));
        }
    }

    @Test
    void aDeadlineTooSoonIsRefusedInHoursInTheReadersLanguageAndInEnglishOnTheApi() {
        Instant soon = Instant.now().plus(Duration.ofHours(2));
        Map<String, Object> body = new HashMap<>(draft(soon));

        Api.Response refused = president.api().post("/processes/" + process + "/silence-procedures", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("at least 72 hours after circulation").contains("only 1 hour, 59 minutes")
                .doesNotContainPattern("PT\\d");

        String id = procedure(Instant.now().plus(Duration.ofDays(4)));
        WebSession officer = WebSession.signIn(port, president.username(), Fixtures.PASSWORD);
        String edit = officer.address("/processes/" + code + "/silence/" + id) + "/edit";
        officer.get(edit + "?lang=fr");
        HttpResponse<String> french = officer.post(edit, Map.of("subject", "Date", "proposal", "29 June",
                "deadline", soon.atZone(ZoneId.of("Europe/Zurich")).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES)
                        .toString()));
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(french.body()).contains("au moins 72\u00a0heures après la diffusion").doesNotContainPattern("PT\\d");
    }

    private String procedure(Instant deadline) {
        Api.Response drafted = president.api().post("/processes/" + process + "/silence-procedures", draft(deadline));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        return drafted.json().get("id").asString();
    }

    private static Map<String, Object> draft(Instant deadline) {
        return Map.of("subject", "Date of the First Preparatory Meeting",
                "proposal", "The First Preparatory Meeting is held on 29 June 2020.",
                "deadline", deadline.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private String path(String id) {
        return "/processes/" + process + "/silence-procedures/" + id;
    }
}
