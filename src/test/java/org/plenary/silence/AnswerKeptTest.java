package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Fixtures;
import org.plenary.support.WebSession;

/**
 * Nothing typed is lost: a comment over the limit comes back on the page as typed, in the form it was typed in,
 * with the reason beside the field (naming the field and the limit, in the reader's language) and the field
 * marked invalid; nothing is recorded.
 */
class AnswerKeptTest extends PlenaryTest {

    @Test
    void aCommentTooLongComesBackIntactWithTheReasonBesideTheFieldInFrench() {
        SilenceWorld world = SilenceWorld.create(admin(), "PT72H");
        String procedure = world.circulated(world.proposal(Instant.now().plus(Duration.ofDays(4))));
        String code = admin().get("/processes/" + world.process()).json().get("code").asString();
        WebSession delegation = WebSession.signIn(port, world.delegateA().username(), Fixtures.PASSWORD);
        String page = delegation.address("/processes/" + code + "/silence/" + procedure);
        assertThat(delegation.get(page + "?lang=fr").statusCode()).isEqualTo(200);
        String typed = "Le Ghana souhaite préciser sa position sur les demandes de prolongation. ".repeat(400)
                .substring(0, 24_999) + ".";
        long answers = count("select count(*) from silence_response where procedure = ?",
                UUID.fromString(procedure));

        HttpResponse<String> refused = delegation.post(page + "/comments", Map.of("text", typed, "key",
                UUID.randomUUID().toString()));

        assertThat(refused.statusCode()).isEqualTo(400);
        String body = refused.body();
        assertThat(body).contains("aria-describedby=\"comment-limit comment-error\">" + typed + "</textarea>");
        assertThat(body).containsPattern("<textarea id=\"comment\" name=\"text\" rows=\"3\" required "
                + "data-max=\"20000\"[^>]*aria-invalid=\"true\"");
        assertThat(body).containsPattern("<p class=\"field-error\" id=\"comment-error\" lang=\"fr\">« Commentaire ou "
                + "explication de position » compte 25[\\s\\u00a0\\u202f]000 caractères ; la limite est de 20[\\s\\u00a0\\u202f]000\\.");
        assertThat(body).as("the other forms stay empty and unmarked")
                .contains("aria-describedby=\"objection-limit\"></textarea>")
                .contains("aria-describedby=\"amendment-limit\"></textarea>");
        assertThat(count("select count(*) from silence_response where procedure = ?",
                UUID.fromString(procedure))).isEqualTo(answers);
    }

    @Test
    void aWithdrawalWithoutReasonIsRefusedBesideTheFieldAndAReasonGivenIsShownToTheDelegations() {
        SilenceWorld world = SilenceWorld.create(admin(), "PT72H");
        String procedure = world.circulated(world.proposal(Instant.now().plus(Duration.ofDays(4))));
        String code = admin().get("/processes/" + world.process()).json().get("code").asString();
        WebSession presidency = WebSession.signIn(port, world.presidency().username(), Fixtures.PASSWORD);
        String page = presidency.address("/processes/" + code + "/silence/" + procedure);
        assertThat(presidency.get(page).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = presidency.post(page + "/withdraw", Map.of("reason", " "));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).containsPattern("<textarea id=\"withdraw-reason\" name=\"reason\"[^>]*"
                + "aria-invalid=\"true\"").contains("<p class=\"field-error\" id=\"withdraw-reason-error\" "
                + "lang=\"en\">“Reason for the withdrawal (shown to the delegations)” is required.</p>");
        assertThat(world.presidency().api().get(world.path(procedure)).json().get("status").asString())
                .isEqualTo("OPEN");

        assertThat(presidency.post(page + "/withdraw", Map.of("reason", "The venue is no longer available."))
                .statusCode()).isEqualTo(302);
        WebSession delegation = WebSession.signIn(port, world.delegateA().username(), Fixtures.PASSWORD);
        assertThat(delegation.get(page).body()).contains("The Presidency withdrew the procedure. Its reason: "
                + "<span class=\"reason\">The venue is no longer available.</span>");
    }
}
