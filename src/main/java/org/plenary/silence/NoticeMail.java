package org.plenary.silence;

import java.util.List;
import java.util.stream.Collectors;
import org.plenary.documents.DocumentReference;
import org.plenary.documents.Documents;
import org.plenary.notifications.MailComposer;
import org.plenary.notifications.OutgoingMail;
import org.plenary.notifications.QueuedMail;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mail that tells a delegate about a procedure: the proposal, the documents attached that delegations may
 * read (a link per language; each file is served only to whoever may read it), the deadline in the process's zone and in UTC, and how to
 * object (only States Parties) or comment.
 */
@Component
class NoticeMail implements MailComposer {

    static final String KIND = "silence-notice";

    private final SilenceNotices notices;
    private final ProcedureRepository procedures;
    private final Processes processes;
    private final Documents documents;
    private final String baseUrl;

    NoticeMail(SilenceNotices notices, ProcedureRepository procedures, Processes processes, Documents documents,
            @Value("${plenary.base-url}") String baseUrl) {
        this.notices = notices;
        this.procedures = procedures;
        this.processes = processes;
        this.documents = documents;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public OutgoingMail compose(QueuedMail mail) {
        SilenceNotices.Notice notice = notices.find(mail.id()).orElseThrow();
        SilenceProcedure procedure = procedures.find(notice.procedure()).orElseThrow();
        return of(notice, processes.require(procedure.process().toString()), procedure);
    }

    private OutgoingMail of(SilenceNotices.Notice notice, Process process, SilenceProcedure p) {
        String link = baseUrl + "/processes/" + process.code() + "/silence-procedures/" + p.id();
        String heading = notice.kind() == SilenceNotices.Kind.REMINDER
                ? "Reminder: the silence procedure " + p.reference() + " ends on " + Outcomes.when(process, p.deadline())
                : "The Presidency circulates a proposal under silence procedure " + p.reference();
        List<DocumentReference> attached = documents.referencesForDelegations(p.documents());
        String text = heading + ".\n\nSubject: " + p.subject() + "\n\nProposed decision:\n\n" + p.proposal()
                + (attached.isEmpty() ? "" : "\n\nDocuments:\n" + attached.stream()
                        .map(a -> "- " + label(a) + ": " + a.languages().stream()
                                .map(l -> l + " " + baseUrl + a.filePath(l)).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                + "\n\nDeadline: " + Outcomes.when(process, p.deadline()) + "\n\n"
                + "The decision is adopted at the deadline unless a State Party objects in writing before it. "
                + "To object (States Parties only), comment or propose an amendment, sign in to Plenary: " + link + "\n";
        String html = "<p>" + esc(heading) + ".</p><p><strong>" + esc(p.subject()) + "</strong></p><blockquote>"
                + esc(p.proposal()).replace("\n", "<br>") + "</blockquote>"
                + (attached.isEmpty() ? "" : "<p>Documents:</p><ul>" + attached.stream()
                        .map(a -> "<li>" + esc(label(a)) + ": " + a.languages().stream()
                                .map(l -> "<a href=\"" + esc(baseUrl + a.filePath(l)) + "\" hreflang=\"" + esc(l) + "\">"
                                        + esc(l) + "</a>")
                                .collect(Collectors.joining(", ")) + "</li>")
                        .collect(Collectors.joining()) + "</ul>")
                + "<p>Deadline: " + esc(Outcomes.when(process,
                        p.deadline())) + "</p><p>The decision is adopted at the deadline unless a State Party objects in "
                + "writing before it. To object (States Parties only), comment or propose an amendment: <a href=\""
                + esc(link) + "\">" + esc(link) + "</a></p>";
        return new OutgoingMail(notice.email(), "en", "[" + process.code() + " " + p.reference() + "] "
                + (notice.kind() == SilenceNotices.Kind.REMINDER ? "Reminder: " : "Silence procedure: ") + p.subject(),
                text, html, List.of());
    }

    private static String label(DocumentReference a) {
        return a.symbol() == null ? a.title() : a.symbol() + " – " + a.title();
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
