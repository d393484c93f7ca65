package org.plenary.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * States have their names in the six official languages: imported with the optional columns name_ar … name_es,
 * answered by GET /participants, and every list of States shown in a language names them in it, in its order.
 */
class ParticipantNamesTest extends PlenaryTest {

    private static final String HEADER = "name,iso3,status,since,name_ar,name_zh,name_fr,name_ru,name_es\n";

    private Api admin;
    private String treaty;
    private String tag;

    @BeforeEach
    void aTreaty() {
        admin = admin();
        treaty = Fixtures.aTreaty(admin);
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void theImportRecordsTheNamesInEveryLanguageAndTheyRoundTripExactly() {
        String name = "Syria " + tag;
        Api.Response imported = admin.send("POST", "/treaties/" + treaty + "/statuses", HEADER
                + "\"" + name + "\",,STATE_PARTY,2010-01-01,الجمهورية العربية السورية " + tag + ",中华人民共和国 " + tag
                + ",Łódź " + tag + ",Российская Федерация " + tag + ",Nguyễn Văn An " + tag + "\n", "text/csv");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

        JsonNode names = participant(name).get("names");
        assertThat(names.propertyNames()).containsExactly("ar", "zh", "en", "fr", "ru", "es");
        assertThat(names.get("ar").asString()).isEqualTo("الجمهورية العربية السورية " + tag);
        assertThat(names.get("zh").asString()).isEqualTo("中华人民共和国 " + tag);
        assertThat(names.get("en").asString()).isEqualTo(name);
        assertThat(names.get("fr").asString()).isEqualTo("Łódź " + tag);
        assertThat(names.get("ru").asString()).isEqualTo("Российская Федерация " + tag);
        assertThat(names.get("es").asString()).isEqualTo("Nguyễn Văn An " + tag);
        String id = participant(name).get("id").asString();
        assertThat(admin.get("/participants/" + id).json().get("names").get("ru").asString())
                .isEqualTo("Российская Федерация " + tag);
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = "
                + "'roster.participant.names-recorded'", id)).isEqualTo(1);

        assertThat(admin.send("POST", "/treaties/" + treaty + "/statuses", "name,iso3,status,since,name_fr\n\""
                + name + "\",,STATE_PARTY,2010-01-01,\n", "text/csv").status()).isEqualTo(200);
        assertThat(participant(name).get("names").get("fr").asString()).as("an empty cell keeps the name")
                .isEqualTo("Łódź " + tag);
        assertThat(participant(name).get("names").has("xx")).isFalse();
    }

    @Test
    void aStateWithoutTranslatedNamesHasItsEnglishNameOnly() {
        String id = Fixtures.aState(admin);
        JsonNode names = admin.get("/participants/" + id).json().get("names");
        assertThat(names.propertyNames()).containsExactly("en");
        assertThat(admin.get("/participants").json().valueStream().map(p -> p.get("names").get("en").asString()))
                .as("the list has every participant's names").isNotEmpty().doesNotContainNull();
    }

    @Test
    void aBadNameRefusesTheWholeImportNamingItsLine() {
        String name = "Ruritania " + tag;
        JsonNode problem = assertProblem(unchanged(() -> admin.send("POST", "/treaties/" + treaty + "/statuses",
                HEADER + "\"" + name + "\",,STATE_PARTY,2010-01-01,,,Ruritanie,\"" + "x".repeat(201) + "\",\n",
                "text/csv")), 400);
        assertThat(problem.get("detail").asString()).contains("Line 2", "name_ru");
    }

    @Test
    void theRosterPageNamesAndOrdersStatesAsTheReadersLanguageDoes() {
        Api.Response imported = admin.send("POST", "/treaties/" + treaty + "/statuses", HEADER
                + "Egypt " + tag + ",,STATE_PARTY,2010-01-01,,,Égypte " + tag + ",Египет " + tag + ",\n"
                + "United Arab Emirates " + tag + ",,NONE,2010-01-01,,,Émirats arabes unis " + tag
                + ",Объединенные Арабские Эмираты " + tag + ",\n"
                + "Spain " + tag + ",,STATE_PARTY,2010-01-01,,,Espagne " + tag + ",Испания " + tag + ",\n"
                + "Austria " + tag + ",,STATE_PARTY,2010-01-01,,,Autriche " + tag + ",Австрия " + tag + ",\n"
                + "Japan " + tag + ",,STATE_PARTY,2010-01-01,,,Japon " + tag + ",Япония " + tag + ",\n"
                + "Switzerland " + tag + ",,STATE_PARTY,2010-01-01,,,Suisse " + tag + ",Швейцария " + tag + ",\n",
                "text/csv");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        WebSession browser = WebSession.signIn(port, "admin", ADMIN_PASSWORD);

        String french = browser.get("/roster?lang=fr").body();
        assertThat(order(french, "Égypte", "Émirats arabes unis", "Espagne")).isSorted();
        assertThat(french).doesNotContain("United Arab Emirates " + tag);

        String russian = browser.get("/roster?lang=ru").body();
        assertThat(order(russian, "Австрия", "Египет", "Испания", "Объединенные Арабские Эмираты", "Швейцария",
                "Япония")).as("in Cyrillic order, not in that of the English names").isSorted();

        String english = browser.get("/roster?lang=en").body();
        assertThat(order(english, "Austria", "Egypt", "Japan", "Spain", "Switzerland", "United Arab Emirates"))
                .isSorted();
    }

    private List<Integer> order(String page, String... names) {
        List<Integer> positions = java.util.Arrays.stream(names).map(n -> page.indexOf(n + " " + tag)).toList();
        assertThat(positions).as("every name is on the page").doesNotContain(-1);
        return positions;
    }

    private JsonNode participant(String name) {
        UUID id = jdbc.sql("select id from participant where name = ?").param(name).query(UUID.class).single();
        return admin.get("/participants/" + id).json();
    }
}
