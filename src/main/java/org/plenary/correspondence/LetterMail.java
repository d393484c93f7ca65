package org.plenary.correspondence;

import java.util.List;
import java.util.Map;
import org.plenary.documents.DocumentReference;
import org.plenary.documents.Documents;
import org.plenary.notifications.MailComposer;
import org.plenary.notifications.MailTemplates;
import org.plenary.notifications.OutgoingMail;
import org.plenary.notifications.QueuedMail;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.web.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mail that carries a letter to one address, written in the dispatch's language (English where the
 * interface does not have it yet): the letter as PDF, in the dispatch's language where the letter has a version
 * in it (else in its original language), and links to its attachments.
 */
@Component
class LetterMail implements MailComposer {

    static final String KIND = "letter";

    private final DispatchRepository dispatches;
    private final LetterRepository letters;
    private final LetterRendering rendering;
    private final LetterVersionRepository versions;
    private final Documents documents;
    private final Processes processes;
    private final MailTemplates templates;
    private final MessageSource messages;
    private final String baseUrl;

    LetterMail(DispatchRepository dispatches, LetterRepository letters, LetterRendering rendering,
            LetterVersionRepository versions, Documents documents, Processes processes, MailTemplates templates,
            MessageSource messages, @Value("${plenary.base-url}") String baseUrl) {
        this.dispatches = dispatches;
        this.letters = letters;
        this.versions = versions;
        this.rendering = rendering;
        this.documents = documents;
        this.processes = processes;
        this.templates = templates;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public OutgoingMail compose(QueuedMail mail) {
        Dispatch dispatch = dispatches.find(mail.id()).orElseThrow();
        Letter letter = letters.find(dispatch.letter()).orElseThrow();
        Process process = processes.require(letter.process());
        Texts t = Texts.written(messages, dispatch.language());
        LanguageVersions<LetterText> texts = versions.of(letter);
        String language = texts.shownTo(dispatch.language());
        String subject = texts.in(language).subject();
        LetterEmail content = new LetterEmail(process.title(), letter.reference(),
                letter.place() + ", " + t.date(letter.date()), subject,
                t.otherLanguagesLine(language, texts.languages()),
                documents.references(letter.attachments()).stream().map(this::attachment).toList());
        MailTemplates.Parts parts = templates.render("mail/letter", Map.of("t", t, "mail", content));
        return new OutgoingMail(dispatch.email(), t.language(), "[" + letter.reference() + "] " + subject,
                parts.text(), parts.html(),
                List.of(new OutgoingMail.Attachment(fileName(letter), "application/pdf", rendering.pdf(letter, language))));
    }

    private LetterEmail.Attachment attachment(DocumentReference a) {
        return new LetterEmail.Attachment(a.symbol() == null ? a.title() : a.symbol() + " – " + a.title(),
                a.languages().stream().map(l -> new LetterEmail.Link(l, baseUrl + a.filePath(l))).toList());
    }

    static String fileName(Letter letter) {
        return "letter-" + letter.reference().replaceAll("[^A-Za-z0-9.-]+", "-") + ".pdf";
    }
}
