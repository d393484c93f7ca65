package org.plenary.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The e-mails GreenMail received for one address, and the one-time links in them. */
public record Mailbox(GreenMail mail, String address) {

    public List<MimeMessage> messages() {
        return Arrays.stream(mail.getReceivedMessages()).filter(this::addressedHere).toList();
    }

    /** Waits for the {@code n}th e-mail to this address and answers the path of its link under {@code prefix}. */
    public String linkIn(int n, String prefix) {
        await().atMost(Mails.DELIVERY).until(() -> messages().size() >= n);
        String body = GreenMailUtil.getBody(messages().get(n - 1)).replace("=\r\n", "");
        Matcher link = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(prefix) + "[A-Za-z0-9_-]{40,})").matcher(body);
        if (!link.find()) {
            throw new AssertionError("No link " + prefix + " in the e-mail to " + address + ":\n" + body);
        }
        return link.group(1);
    }

    public String subject(int n) {
        try {
            return messages().get(n - 1).getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean addressedHere(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString().equalsIgnoreCase(address);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
