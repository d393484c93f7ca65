package org.plenary.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.PlenaryTest;
import org.plenary.client.ApiClient;
import org.plenary.client.ApiException;
import org.plenary.client.api.DocumentsApi;
import org.plenary.client.api.IdentityApi;
import org.plenary.client.api.LettersApi;
import org.plenary.client.api.SilenceProceduresApi;
import org.plenary.client.model.Credentials;
import org.plenary.client.model.DocumentResponse;
import org.plenary.client.model.FileResponse;
import org.plenary.client.model.NewProcedure;
import org.plenary.client.model.Objection;
import org.plenary.client.model.ProcedureResponse;
import org.plenary.client.model.Received;
import org.plenary.client.model.Withdrawal;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;

/**
 * A client generated from the OpenAPI document at build time (openapi-generator, Java, Apache HttpClient),
 * used as an integrator would: it signs in, drafts and circulates a silence procedure, objects to it as a State
 * Party, reads the outcome, and publishes a document in two languages. Nothing but the generated code talks to
 * Plenary, so a document that lies (a wrong status, a missing scheme, an untyped answer) fails here.
 */
class GeneratedClientJourneyTest extends PlenaryTest {

    @TempDir
    Path files;

    @Test
    void anIntegratorRunsASilenceProcedureAndPublishesADocumentWithTheGeneratedClient() throws Exception {
        String treaty = Fixtures.aTreaty(admin());
        Map<String, Object> newProcess = new HashMap<>(Fixtures.newProcess(treaty));
        newProcess.put("silenceMinimumPeriod", "PT1M");
        String process = admin().post("/processes", newProcess).json().get("id").asString();
        Person presidency = Fixtures.anOfficer(admin(), process, "PRESIDENCY");
        String party = Fixtures.aState(admin());
        Fixtures.recordStatus(admin(), treaty, party, "STATE_PARTY", "2010-08-01");
        Person delegate = Fixtures.aDelegate(admin(), party);

        ApiClient asPresidency = signedIn(presidency.username());
        SilenceProceduresApi silence = new SilenceProceduresApi(asPresidency);
        ProcedureResponse draft = silence.draftSilenceProcedure(process, new NewProcedure()
                .subject("Date of the First Preparatory Meeting")
                .proposal("The First Preparatory Meeting is held on 29 June 2020 instead of 8 June 2020.")
                .deadline(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(draft.getStatus()).isEqualTo(ProcedureResponse.StatusEnum.DRAFT);
        assertThat(silence.circulateSilenceProcedure(process, draft.getId()).getStatus())
                .isEqualTo(ProcedureResponse.StatusEnum.OPEN);

        SilenceProceduresApi asDelegate = new SilenceProceduresApi(signedIn(delegate.username()));
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> asDelegate.withdrawSilenceProcedure(process, draft.getId(),
                        new Withdrawal().reason("A delegate may not withdraw it.")));
        assertThat(refused.getCode()).isEqualTo(403);
        assertThat(refused.getResponseHeaders().get("Content-Type")).containsExactly("application/problem+json");
        Received objection = asDelegate.objectToSilenceProcedure(process, draft.getId(),
                new Objection().reason("We cannot attend on 29 June."), "journey-" + draft.getId());
        assertThat(objection.getBreaksSilence()).isTrue();

        ProcedureResponse outcome = silence.getSilenceProcedure(process, draft.getId());
        assertThat(outcome.getStatus()).isEqualTo(ProcedureResponse.StatusEnum.BROKEN);
        // The outcome letter is drafted by correspondence once the objection is committed (an event): wait for it.
        String letter = Awaitility.await().atMost(Duration.ofMinutes(1)).ignoreException(ApiException.class)
                .until(() -> new LettersApi(asPresidency).getLetter(process, outcome.getOutcomeLetterId()).getBody(),
                        Objects::nonNull);
        assertThat(letter).contains("We cannot attend on 29 June.");

        DocumentsApi documents = new DocumentsApi(asPresidency);
        String symbol = "CCM/CONF/2020/WP." + (1000 + Math.abs(draft.getId().hashCode() % 8000));
        DocumentResponse published = documents.publishDocument(process, """
                {"symbol": "%s", "title": "Possible elements of the Lausanne Action Plan",
                 "type": "WORKING_PAPER", "distribution": "GENERAL", "originalLanguage": "en"}""".formatted(symbol),
                file("wp-en.txt", "Possible elements"), file("wp-fr.txt", "Éléments possibles"), null, null, null, null);
        assertThat(published.getSymbol()).isEqualTo(symbol);
        assertThat(documents.getDocument(process, published.getId()).getFiles()).extracting(FileResponse::getLanguage)
                .containsExactlyInAnyOrder("en", "fr");
        File french = documents.getDocumentFile(process, published.getId(), "fr");
        assertThat(Files.readString(french.toPath())).isEqualTo("Éléments possibles");
    }

    private ApiClient signedIn(String username) throws ApiException {
        ApiClient client = new ApiClient().setBasePath("http://localhost:" + port);
        client.setBearerToken(new IdentityApi(client).signIn(new Credentials().username(username)
                .password(Fixtures.PASSWORD)).getToken());
        return client;
    }

    private File file(String name, String text) throws Exception {
        return Files.writeString(files.resolve(name), text).toFile();
    }
}
