package org.plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Mails;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.Rfc9162;

/**
 * Tree heads leave the database: every e-mail carries the latest signed tree head in a header, and the public page
 * of a process shows it; both are tree heads the log signed, verifiable with its public key.
 */
class TreeHeadPublishedTest extends PlenaryTest {

    private static final Pattern ROOT = Pattern.compile("root hash ([A-Za-z0-9+/]{43}=)");

    @Test
    void everyEmailCarriesASignedTreeHeadInAHeader() throws MessagingException {
        Api admin = admin();
        String treaty = Fixtures.aTreaty(admin);
        String process = Fixtures.aProcess(admin, treaty);
        Person presidency = Fixtures.anOfficer(admin, process, "PRESIDENCY");
        String state = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, state, "STATE_PARTY", "2010-01-01");
        Person delegate = Fixtures.aDelegate(admin, state);
        await().atMost(Duration.ofSeconds(20)).until(() -> admin.anonymous().get("/audit/tree-head").status() == 200);
        String letter = presidency.api().post("/processes/" + process + "/letters", Map.of("reference", unique("REF"),
                "date", "2020-06-18", "place", "Geneva", "subject", "Preparation", "body", "Excellency,",
                "addressees", List.of("STATES_PARTIES"))).json().get("id").asString();
        assertThat(presidency.api().post("/processes/" + process + "/letters/" + letter + "/send", null).status())
                .isEqualTo(200);

        String address = delegate.username() + "@mission.example";
        MimeMessage mail = await().atMost(Mails.DELIVERY).until(() -> Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> addressedTo(m, address)).findFirst(), Optional::isPresent).orElseThrow();

        Map<String, String> head = fields(header(mail));
        assertThat(Rfc9162.verifyTreeHead(Long.parseLong(head.get("size")), head.get("root"), head.get("ts"),
                head.get("sig"), head.get("key"))).isTrue();
        assertThat(count("select count(*) from audit_tree_head where tree_size = ? and root_hash = decode(?, 'base64')",
                Long.parseLong(head.get("size")), head.get("root"))).isOne();
    }

    @Test
    void thePublicPageOfAProcessShowsASignedTreeHead() throws Exception {
        Api admin = admin();
        String process = Fixtures.aProcess(admin);
        await().atMost(Duration.ofSeconds(20)).until(() -> admin.anonymous().get("/audit/tree-head").status() == 200);

        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/processes/" + process)).build(), HttpResponse.BodyHandlers.ofString()).body();

        Matcher root = ROOT.matcher(page);
        assertThat(root.find()).as(page).isTrue();
        assertThat(count("select count(*) from audit_tree_head where root_hash = decode(?, 'base64')", root.group(1)))
                .isOne();
        assertThat(page).contains("href=\"/api/v1/audit/tree-head\"");
    }

    private static String header(MimeMessage mail) throws MessagingException {
        String[] values = mail.getHeader("X-Plenary-Tree-Head");
        assertThat(values).hasSize(1);
        return MimeUtility.unfold(values[0]);
    }

    private static Map<String, String> fields(String header) {
        Map<String, String> fields = new HashMap<>();
        for (String field : header.split(";")) {
            String[] pair = field.strip().split("=", 2);
            fields.put(pair[0], pair[1]);
        }
        return fields;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
