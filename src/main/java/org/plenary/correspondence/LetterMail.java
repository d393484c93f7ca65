package org.plenary.correspondence;

import java.util.List;
import java.util.stream.Collectors;
import org.plenary.documents.DocumentReference;
import org.plenary.documents.Documents;
import org.plenary.notifications.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The e-mail that carries a letter to one delegate: the letter as PDF, and links to its attachments. */
@Component
class LetterMail {

    private final LetterRepository letters;
    private final LetterRendering rendering;
    private final Documents documents;
    private final String baseUrl;

    LetterMail(LetterRepository letters, LetterRendering rendering, Documents documents,
            @Value("${plenary.base-url}") String baseUrl) {
        this.letters = letters;
        this.rendering = rendering;
        this.documents = documents;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    OutgoingMail of(Dispatch dispatch) {
        Letter letter = letters.find(dispatch.letter()).orElseThrow();
        List<DocumentReference> attachments = documents.references(letter.attachments());
        String links = attachments.stream()
                .map(a -> "- " + label(a) + ": " + a.languages().stream()
                        .map(l -> l + " " + baseUrl + a.filePath(l)).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        String text = letter.subject() + "\n\nReference: " + letter.reference() + "\n" + letter.place() + ", "
                + letter.date() + "\n\nThe letter is attached as a PDF."
                + (attachments.isEmpty() ? "" : "\n\nAttachments:\n" + links) + "\n";
        String html = "<p>" + HtmlUtils.htmlEscape(letter.subject()) + "</p><p>Reference: "
                + HtmlUtils.htmlEscape(letter.reference()) + "</p><p>The letter is attached as a PDF.</p>"
                + (attachments.isEmpty() ? "" : "<p>Attachments:</p><ul>" + attachments.stream()
                        .map(a -> "<li>" + HtmlUtils.htmlEscape(label(a)) + ": " + a.languages().stream()
                                .map(l -> "<a href=\"" + HtmlUtils.htmlEscape(baseUrl + a.filePath(l)) + "\">" + l + "</a>")
                                .collect(Collectors.joining(", ")) + "</li>")
                        .collect(Collectors.joining()) + "</ul>");
        return new OutgoingMail(dispatch.email(), "[" + letter.reference() + "] " + letter.subject(), text, html,
                List.of(new OutgoingMail.Attachment(fileName(letter), "application/pdf", rendering.pdf(letter))),
                "<" + dispatch.id() + "@plenary>");
    }

    private static String label(DocumentReference a) {
        return a.symbol() == null ? a.title() : a.symbol() + " – " + a.title();
    }

    static String fileName(Letter letter) {
        return "letter-" + letter.reference().replaceAll("[^A-Za-z0-9.-]+", "-") + ".pdf";
    }
}
