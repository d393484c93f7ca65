package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.PASSWORD;
import static org.plenary.support.Fixtures.aUser;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.TestClock;
import org.plenary.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;

/** A second factor: enrolment with an authenticator app, sign-in that asks for its code, single-use recovery codes. */
class SecondFactorJourneyTest extends PlenaryTest {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]{32})<");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</code>");

    @Autowired
    TestClock clock;

    @BeforeEach
    void stopTheClock() {
        clock.setTo(Instant.now().truncatedTo(ChronoUnit.MINUTES));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void enrolledAccountsSignInWithACodeOrARecoveryCodeOnce() {
        Person person = aUser(admin());
        WebSession enrolling = WebSession.signIn(port, person.username(), PASSWORD);
        HttpResponse<String> enrolPage = enrolling.get("/account/second-factor");
        assertThat(enrolPage.statusCode()).isEqualTo(200);
        assertThat(enrolPage.body()).contains("otpauth://totp/Plenary:" + person.username());
        Matcher secretMatch = SECRET.matcher(enrolPage.body());
        assertThat(secretMatch.find()).isTrue();
        String secret = secretMatch.group(1);

        assertThat(enrolling.post("/account/second-factor", Map.of("code", "12345")).statusCode()).isEqualTo(400);
        HttpResponse<String> confirmed = enrolling.post("/account/second-factor", Map.of("code", code(secret)));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        List<String> recovery = RECOVERY.matcher(confirmed.body()).results().map(m -> m.group(1)).toList();
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(count("select count(*) from account_recovery_code where account = ?::uuid", person.id())).isEqualTo(10);
        assertThat(count("select count(*) from audit_entry where action = 'identity.second-factor.enrolled' and object_id = ?",
                person.id())).isEqualTo(1);

        WebSession web = WebSession.signIn(port, person.username(), PASSWORD);
        assertThat(web.get("/account").statusCode()).as("not signed in before the code").isEqualTo(302);
        assertThat(web.get("/login/second-factor").statusCode()).isEqualTo(200);
        assertThat(web.post("/login/second-factor", Map.of("code", "not a code")).statusCode()).isEqualTo(401);
        assertThat(web.post("/login/second-factor", Map.of("code", code(secret))).statusCode())
                .as("the code used to enrol is not accepted again").isEqualTo(401);
        clock.advance(Duration.ofSeconds(30));
        HttpResponse<String> signedIn = web.post("/login/second-factor", Map.of("code", code(secret)));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/");
        assertThat(web.get("/account").statusCode()).isEqualTo(200);

        WebSession lostPhone = WebSession.signIn(port, person.username(), PASSWORD);
        lostPhone.get("/login/second-factor");
        assertThat(lostPhone.post("/login/second-factor", Map.of("code", recovery.get(0))).statusCode()).isEqualTo(302);
        assertThat(lostPhone.get("/account").body()).contains("9 recovery codes left");
        WebSession replay = WebSession.signIn(port, person.username(), PASSWORD);
        replay.get("/login/second-factor");
        assertThat(replay.post("/login/second-factor", Map.of("code", recovery.get(0))).statusCode()).isEqualTo(401);

        Map<String, Object> credentials = Map.of("username", person.username(), "password", PASSWORD);
        Api.Response withoutCode = api().post("/auth/token", credentials);
        assertThat(assertProblem(withoutCode, 401).get("detail").asString()).contains("second factor").contains("\"code\"");
        assertProblem(api().post("/auth/token", with(credentials, recovery.get(0))), 401);
        assertThat(api().post("/auth/token", with(credentials, recovery.get(1))).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(30));
        assertThat(api().post("/auth/token", with(credentials, code(secret))).status()).isEqualTo(200);
    }

    @Test
    void aSecondFactorIsRemovedWithACode() {
        Person person = aUser(admin());
        WebSession web = WebSession.signIn(port, person.username(), PASSWORD);
        Matcher secret = SECRET.matcher(web.get("/account/second-factor").body());
        assertThat(secret.find()).isTrue();
        assertThat(web.post("/account/second-factor", Map.of("code", code(secret.group(1)))).statusCode()).isEqualTo(200);
        web.get("/account");
        assertThat(web.post("/account/second-factor/remove", Map.of("code", "000000x")).statusCode()).isEqualTo(400);
        clock.advance(Duration.ofSeconds(30));
        assertThat(web.post("/account/second-factor/remove", Map.of("code", code(secret.group(1)))).statusCode())
                .isEqualTo(302);
        assertThat(tokenFor(person.username(), PASSWORD)).startsWith("pln_");
        assertThat(count("select count(*) from account_recovery_code where account = ?::uuid", person.id())).isZero();
    }

    private String code(String secret) {
        return Totp.code(new Base32().decode(secret), clock.instant().getEpochSecond() / Totp.STEP_SECONDS, 6,
                "HmacSHA1");
    }

    private static Map<String, Object> with(Map<String, Object> credentials, String code) {
        Map<String, Object> body = new java.util.HashMap<>(credentials);
        body.put("code", code);
        return body;
    }
}
