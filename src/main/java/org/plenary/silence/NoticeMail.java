package org.plenary.silence;

import java.util.List;
import org.plenary.processes.Process;
import org.plenary.notifications.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mail that tells a delegate about a procedure: the proposal, the deadline in the process's zone and in
 * UTC, and how to object (only States Parties) or comment.
 */
@Component
class NoticeMail {

    private final String baseUrl;

    NoticeMail(@Value("${plenary.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    OutgoingMail of(SilenceNotices.Notice notice, Process process, SilenceProcedure p) {
        String link = baseUrl + "/processes/" + process.code() + "/silence-procedures/" + p.id();
        String heading = notice.kind() == SilenceNotices.Kind.REMINDER
                ? "Reminder: the silence procedure " + p.reference() + " ends on " + Outcomes.when(process, p.deadline())
                : "The Presidency circulates a proposal under silence procedure " + p.reference();
        String text = heading + ".\n\nSubject: " + p.subject() + "\n\nProposed decision:\n\n" + p.proposal()
                + "\n\nDeadline: " + Outcomes.when(process, p.deadline()) + "\n\n"
                + "The decision is adopted at the deadline unless a State Party objects in writing before it. "
                + "To object (States Parties only), comment or propose an amendment, sign in to Plenary: " + link + "\n";
        String html = "<p>" + esc(heading) + ".</p><p><strong>" + esc(p.subject()) + "</strong></p><blockquote>"
                + esc(p.proposal()).replace("\n", "<br>") + "</blockquote><p>Deadline: " + esc(Outcomes.when(process,
                        p.deadline())) + "</p><p>The decision is adopted at the deadline unless a State Party objects in "
                + "writing before it. To object (States Parties only), comment or propose an amendment: <a href=\""
                + esc(link) + "\">" + esc(link) + "</a></p>";
        return new OutgoingMail(notice.email(), "[" + process.code() + " " + p.reference() + "] "
                + (notice.kind() == SilenceNotices.Kind.REMINDER ? "Reminder: " : "Silence procedure: ") + p.subject(),
                text, html, List.of(), "<" + notice.id() + "@plenary>");
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
