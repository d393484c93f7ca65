package org.plenary.notifications;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Reads the mail server's answer in a failure: a 5xx reply (RFC 5321, 4.2.1) rejects the e-mail for good, so that
 * sending it again would only be rejected again; a 4xx reply, a refused or broken connection are temporary.
 */
final class SmtpReplies {

    private SmtpReplies() {
    }

    static boolean permanent(Throwable failure) {
        for (Throwable e = failure; e != null; e = next(e)) {
            int code = code(e);
            if (code >= 500 && code < 600) {
                return true;
            }
        }
        return false;
    }

    private static int code(Throwable e) {
        if (e instanceof SMTPAddressFailedException address) {
            return address.getReturnCode();
        }
        if (e instanceof SMTPSendFailedException send) {
            return send.getReturnCode();
        }
        return 0;
    }

    private static Throwable next(Throwable e) {
        if (e instanceof MessagingException messaging && messaging.getNextException() != null
                && messaging.getNextException() != e) {
            return messaging.getNextException();
        }
        return e.getCause() == e ? null : e.getCause();
    }
}
