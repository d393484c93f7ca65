package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.WebSession;

/**
 * A refusal with a message key is shown beside the form in the reader's language, marked with that language;
 * the API keeps answering the English detail.
 */
class RefusalLanguageTest extends PlenaryTest {

    private String page;
    private String apiPath;
    private Person delegate;

    /** A meeting with one agenda item, on whose list of speakers the delegation of a State Party already is. */
    @BeforeEach
    void aDelegationAlreadyOnTheList() {
        Api admin = admin();
        String treaty = Fixtures.aTreaty(admin);
        String process = Fixtures.aProcess(admin, treaty);
        String code = admin.get("/processes/" + process).json().get("code").asString();
        Person officer = Fixtures.anOfficer(admin, process, "PRESIDENCY");
        String state = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, state, "STATE_PARTY", "2010-01-01");
        delegate = Fixtures.aDelegate(admin, state);
        String meeting = officer.api().post("/processes/" + process + "/meetings", Map.of("title", "Third Preparatory Meeting",
                "kind", "PREPARATORY_MEETING", "format", "IN_PERSON", "start", "2030-10-04T10:00:00+02:00",
                "end", "2030-10-04T13:00:00+02:00")).json().get("id").asString();
        apiPath = "/processes/" + process + "/meetings/" + meeting;
        page = "/processes/" + code + "/meetings/PM.1";
        assertThat(officer.api().put(apiPath + "/agenda", Map.of("status", "PROVISIONAL", "items",
                List.of(Map.of("title", "Opening")))).status()).isEqualTo(200);
        assertThat(delegate.api().post(apiPath + "/speakers", Map.of("agendaItem", "1")).status()).isEqualTo(201);
    }

    @Test
    void askingTwiceForTheFloorIsRefusedInFrenchOnThePageAndInEnglishOnTheApi() {
        WebSession delegation = WebSession.signIn(port, delegate.username(), Fixtures.PASSWORD);
        assertThat(delegation.get(page + "?lang=fr").statusCode()).isEqualTo(200);

        HttpResponse<String> refused = delegation.post(page + "/floor", Map.of("agendaItem", "1", "action", "ask"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"floor-error\" lang=\"fr\">Votre délégation est déjà inscrite sur la "
                + "liste des orateurs pour le point 1.</p>").doesNotContain("already on the list of speakers");

        Api.Response api = delegate.api().post(apiPath + "/speakers", Map.of("agendaItem", "1"));
        assertThat(api.status()).isEqualTo(409);
        assertThat(api.json().get("detail").asString())
                .isEqualTo("Your delegation is already on the list of speakers for item 1");
    }

    @Test
    void inSpanishTheSameRefusalIsInSpanishAndInEnglishItIsMarkedEnglish() {
        WebSession delegation = WebSession.signIn(port, delegate.username(), Fixtures.PASSWORD);
        delegation.get(page + "?lang=es");
        assertThat(delegation.post(page + "/floor", Map.of("agendaItem", "1", "action", "ask")).body())
                .contains("lang=\"es\">Su delegación ya figura en la lista de oradores del tema 1.</p>");

        delegation.get(page + "?lang=en");
        assertThat(delegation.post(page + "/floor", Map.of("agendaItem", "1", "action", "ask")).body())
                .contains("lang=\"en\">Your delegation is already on the list of speakers for item 1.</p>");
    }
}
