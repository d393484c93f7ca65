package org.plenary.identity;

import java.time.Instant;
import org.apache.commons.codec.binary.Base32;

/** The code an authenticator app shows for a secret at an instant, for the tests of other packages. */
public final class TotpCodes {

    private TotpCodes() {
    }

    public static String at(String secret, Instant instant) {
        return Totp.code(new Base32().decode(secret), instant.getEpochSecond() / Totp.STEP_SECONDS, Totp.DIGITS,
                "HmacSHA1");
    }
}
