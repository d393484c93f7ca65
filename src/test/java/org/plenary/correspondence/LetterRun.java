package org.plenary.correspondence;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * A letter of the Presidency to {@code states} States Parties with {@code accountsEach} delegate accounts
 * (and {@code contactsEach} contacts) each, drafted and ready to send: one e-mail per address is expected, to the addresses in {@code recipients},
 * with the reference in its subject.
 */
public record LetterRun(String presidencyToken, Api presidency, String process, String letter, String reference,
        Set<String> recipients) {

    public static LetterRun prepare(Api admin, int states, int accountsEach) {
        return prepare(admin, states, accountsEach, 0);
    }

    /** The same, each State Party also with {@code contactsEach} official contacts of its own (languages in turn). */
    static LetterRun prepare(Api admin, int states, int accountsEach, int contactsEach) {
        String treaty = Fixtures.aTreaty(admin);
        String process = Fixtures.aProcess(admin, treaty);
        String presidencyToken = Fixtures.signIn(admin, Fixtures.anOfficer(admin, process, "PRESIDENCY").username(),
                Fixtures.PASSWORD);
        Api presidency = admin.as(presidencyToken);
        List<String> recipients = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            String state = Fixtures.aState(admin);
            Fixtures.recordStatus(admin, treaty, state, "STATE_PARTY", "2010-01-01");
            for (int a = 0; a < accountsEach; a++) {
                String username = Fixtures.unique("delegate").toLowerCase();
                Map<String, Object> account = new java.util.HashMap<>(Fixtures.newUser(username));
                account.put("participantId", state);
                expect(admin.post("/users", account), 201);
                recipients.add(account.get("email").toString());
            }
            for (int c = 0; c < contactsEach; c++) {
                String email = Fixtures.unique("mission").toLowerCase() + "@example.org";
                expect(admin.post("/participants/" + state + "/contacts", Map.of("email", email, "role", "MISSION",
                        "language", List.of("en", "fr", "es").get(c % 3))), 201);
                recipients.add(email);
            }
        }
        return draft(presidencyToken, presidency, process, Set.copyOf(recipients));
    }

    /** Another letter of the same Presidency to the same States Parties. */
    LetterRun another() {
        return draft(presidencyToken, presidency, process, recipients);
    }

    private static LetterRun draft(String presidencyToken, Api presidency, String process, Set<String> recipients) {
        String reference = Fixtures.unique("REF");
        String letter = expect(presidency.post("/processes/" + process + "/letters", Map.of(
                "reference", reference, "date", "2020-06-18", "place", "Geneva",
                "subject", "Preparation of the Second Review Conference", "body", "Excellency,\n\nI have the honour.",
                "addressees", List.of("STATES_PARTIES"))), 201).json().get("id").asString();
        return new LetterRun(presidencyToken, presidency, process, letter, reference, recipients);
    }

    public Api.Response send() {
        return expect(presidency.post(path() + "/send", null), 200);
    }

    /** The letter as its officers see it, read through {@code instance} (any instance of the cluster). */
    JsonNode read(Api instance) {
        return expect(instance.as(presidencyToken).get(path()), 200).json();
    }

    JsonNode read() {
        return read(presidency);
    }

    List<JsonNode> dispatches() {
        return read().get("dispatches").valueStream().toList();
    }

    long dispatchesIn(String status) {
        return dispatches().stream().filter(d -> d.get("status").asString().equals(status)).count();
    }

    /** How many e-mails of this letter each address received. */
    public Map<String, Long> receivedBy(GreenMail mail) {
        return Arrays.stream(mail.getReceivedMessages()).filter(this::ofThisLetter).map(LetterRun::recipient)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    long received(GreenMail mail) {
        return Arrays.stream(mail.getReceivedMessages()).filter(this::ofThisLetter).count();
    }

    /** The outbox ids in the Message-IDs of this letter's e-mails, one per e-mail received. */
    List<String> messageIds(GreenMail mail) {
        return Arrays.stream(mail.getReceivedMessages()).filter(this::ofThisLetter).map(message -> {
            try {
                return message.getMessageID().replaceAll("^<([^@]+)@.*$", "$1");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Every expected address, each exactly once. */
    public Map<String, Long> eachRecipientOnce() {
        return recipients.stream().collect(Collectors.toMap(Function.identity(), r -> 1L));
    }

    private boolean ofThisLetter(MimeMessage message) {
        try {
            return message.getSubject().startsWith("[" + reference + "]");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String path() {
        return "/processes/" + process + "/letters/" + letter;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Api.Response expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + response);
        }
        return response;
    }
}
