package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.anOfficer;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;

/** The list of participants names the States in the reader's language, in its order, within each category. */
class ListOfParticipantsNamesTest extends PlenaryTest {

    @Test
    void aFrenchReaderSeesTheFrenchNamesInFrenchOrder() {
        Api admin = admin();
        String treaty = aTreaty(admin);
        String process = aProcess(admin, treaty);
        Api officer = anOfficer(admin, process, "PRESIDENCY").api();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Api.Response imported = admin.send("POST", "/treaties/" + treaty + "/statuses",
                "name,iso3,status,since,name_fr\n"
                        + "Spain " + tag + ",,STATE_PARTY,2010-01-01,Espagne " + tag + "\n"
                        + "United Arab Emirates " + tag + ",,STATE_PARTY,2010-01-01,Émirats arabes unis " + tag + "\n"
                        + "Egypt " + tag + ",,STATE_PARTY,2010-01-01,Égypte " + tag + "\n", "text/csv");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        String meeting = "/processes/" + process + "/meetings/" + officer.post("/processes/" + process + "/meetings",
                Map.of("title", "Informal briefing", "kind", "INFORMAL_BRIEFING", "format", "VIRTUAL",
                        "start", "2020-06-29T10:00:00+02:00", "end", "2020-06-29T12:00:00+02:00",
                        "onlineUrl", "https://meet.example.org/briefing")).json().get("id").asString();
        for (String state : List.of("Spain", "United Arab Emirates", "Egypt")) {
            UUID id = jdbc.sql("select id from participant where name = ?").param(state + " " + tag)
                    .query(UUID.class).single();
            assertThat(aDelegate(admin, id.toString()).api().put(meeting + "/attendance/mine", Map.of("attendees",
                    List.of(Map.of("name", "Delegate", "function", "Counsellor", "speaker", true)))).status())
                    .isEqualTo(200);
        }

        assertThat(officer.withHeader("Accept-Language", "fr").get(meeting + "/attendance").json().valueStream()
                .map(d -> d.get("name").asString()))
                .containsExactly("Égypte " + tag, "Émirats arabes unis " + tag, "Espagne " + tag);
        assertThat(officer.withHeader("Accept-Language", "en").get(meeting + "/attendance").json().valueStream()
                .map(d -> d.get("name").asString()))
                .containsExactly("Egypt " + tag, "Spain " + tag, "United Arab Emirates " + tag);
    }
}
