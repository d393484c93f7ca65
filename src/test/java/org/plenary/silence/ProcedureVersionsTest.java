package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * A silence procedure has versions in the other languages of its process: added or corrected before circulation,
 * only added after; each change audited; a refused version changes nothing.
 */
class ProcedureVersionsTest extends PlenaryTest {

    private static final Map<String, Object> FRENCH = Map.of("subject", "Date de la première réunion préparatoire",
            "proposal", "La première réunion préparatoire se tiendra le 29 juin 2020 à Genève.");

    private SilenceWorld world;
    private String id;

    @BeforeEach
    void aDraft() {
        world = SilenceWorld.create(admin(), "PT1H");
        id = world.presidency().api().post(world.path(), world.proposal(Instant.now().plus(Duration.ofHours(2))))
                .json().get("id").asString();
    }

    @AfterEach
    void nothingLeftOpen() {
        world.withdrawOpen();
    }

    @Test
    void beforeCirculationAVersionIsAddedAndCorrected() {
        Api officers = world.presidency().api();
        assertThat(officers.put(versions("fr"), Map.of("subject", "Date", "proposal", "Brouillon")).status())
                .isEqualTo(200);
        Api.Response corrected = officers.put(versions("fr"), FRENCH);
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.json().get("versions").get("fr").get("subject").asString())
                .isEqualTo("Date de la première réunion préparatoire");

        JsonNode read = officers.get(world.path(id)).json();
        assertThat(read.get("originalLanguage").asString()).isEqualTo("en");
        assertThat(read.get("versions").get("fr").get("proposal").asString()).isEqualTo(FRENCH.get("proposal"));
        assertThat(count("select count(*) from audit_entry where object_id = ? and action in "
                + "('silence.procedure.version-added', 'silence.procedure.version-changed')", id)).isEqualTo(2);
    }

    @Test
    void afterCirculationAVersionIsAddedButNotChanged() {
        Api officers = world.presidency().api();
        assertThat(officers.post(world.path(id) + "/circulate", null).status()).isEqualTo(200);
        Api.Response added = officers.put(versions("fr"), FRENCH);
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        JsonNode read = world.delegateA().api().get(world.path(id)).json();
        assertThat(read.get("versions").get("fr").get("proposal").asString()).contains("29 juin 2020 à Genève");

        JsonNode refused = assertProblem(unchanged(() -> officers.put(versions("fr"),
                Map.of("subject", "Autre", "proposal", "Autre"))), 409);
        assertThat(refused.get("detail").asString()).contains("SP.1", "no longer changed");
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = "
                + "'silence.procedure.version-added' and after like '%Genève%'", id)).isEqualTo(1);
    }

    @Test
    void aDelegationReadsTheVersionInItsLanguageOrTheOriginalAndSwitches() {
        Api officers = world.presidency().api();
        assertThat(officers.put(versions("fr"), FRENCH).status()).isEqualTo(200);
        assertThat(officers.post(world.path(id) + "/circulate", null).status()).isEqualTo(200);
        String code = world.admin().get("/processes/" + world.process()).json().get("code").asString();
        WebSession delegate = WebSession.signIn(port, world.delegateA().username(), Fixtures.PASSWORD);
        String page = delegate.address("/processes/" + code + "/silence/" + id);

        String french = delegate.get(page + "?lang=fr").body();
        assertThat(french).contains("Date de la première réunion préparatoire", "29 juin 2020 à Genève",
                "Affiché en français.", page + "?version=en").doesNotContain("id=\"version-links\"");
        String english = delegate.get(page + "?lang=en&version=en").body();
        assertThat(english).contains("Shown in English (original).", page + "?version=fr");
    }

    @Test
    void badVersionsAreRefusedWithTheirReason() {
        Api officers = world.presidency().api();
        assertThat(assertInvalid(unchanged(() -> officers.put(versions("de"), FRENCH)), "language")
                .get("detail").asString()).contains("official languages");
        assertThat(assertInvalid(unchanged(() -> officers.put(versions("ru"), FRENCH)), "language")
                .get("detail").asString()).contains("does not work in 'ru'");
        assertInvalid(unchanged(() -> officers.put(versions("en"), FRENCH)), "language");
        assertInvalid(unchanged(() -> officers.put(versions("fr"), Map.of("subject", "Sujet"))), "proposal");
        assertThat(unchanged(() -> world.delegateA().api().put(versions("fr"), FRENCH)).status()).isEqualTo(403);
    }

    private String versions(String language) {
        return world.path(id) + "/versions/" + language;
    }
}
