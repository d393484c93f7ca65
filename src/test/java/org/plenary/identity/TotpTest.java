package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-time passwords against the test vectors of RFC 6238 (Appendix B), and as authenticator apps use them. */
class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234"
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"})
    void computesTheCodesOfRfc6238(long seconds, String sha1, String sha256, String sha512) {
        long step = seconds / Totp.STEP_SECONDS;
        assertThat(Totp.code(SHA1_KEY, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_KEY, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_KEY, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterButNoOther() {
        String secret = new Base32().encodeToString(SHA1_KEY);
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = now.getEpochSecond() / 30;
        assertThat(Totp.matchingStep(secret, Totp.code(SHA1_KEY, step, 6, "HmacSHA1"), now)).hasValue(step);
        assertThat(Totp.matchingStep(secret, Totp.code(SHA1_KEY, step - 1, 6, "HmacSHA1"), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(SHA1_KEY, step + 1, 6, "HmacSHA1"), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(SHA1_KEY, step + 2, 6, "HmacSHA1"), now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
    }

    @Test
    void givesAuthenticatorAppsAUriWithTheSecret() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.uri("Plenary", "ana.lopez", secret))
                .isEqualTo("otpauth://totp/Plenary:ana.lopez?secret=" + secret
                        + "&issuer=Plenary&algorithm=SHA1&digits=6&period=30");
    }
}
