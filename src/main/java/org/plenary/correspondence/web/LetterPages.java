package org.plenary.correspondence.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plenary.contacts.Coverage;
import org.plenary.correspondence.Dispatch;
import org.plenary.correspondence.DispatchStatus;
import org.plenary.correspondence.Letter;
import org.plenary.correspondence.LetterText;
import org.plenary.documents.DocumentReference;
import org.plenary.processes.OfficerRole;
import org.plenary.processes.Process;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.web.VersionChoice;

/** What the letter pages show, and where each letter's pages are. */
public final class LetterPages {

    private LetterPages() {
    }

    /** The letters the reader sees: all for officers (drafts too), the sent ones addressed to a delegation. */
    public record Listing(Process process, boolean officer, List<Letter> letters) {
    }

    /**
     * One letter for its reader: its parts, attachments and earlier letters; for officers the dispatches, how far it
     * reaches, whether a mail server is configured, and (for the Presidency) whether it may be sent.
     */
    public record One(Process process, Optional<OfficerRole> role, Letter letter, List<DocumentReference> attachments,
            List<Letter> refersTo, Optional<List<Dispatch>> dispatches, Optional<Coverage> coverage,
            boolean mailServer, LanguageVersions<LetterText> versions, VersionChoice version) {

        /** The subject and body in the language shown. */
        public LetterText text() {
            return versions.in(version.shown());
        }

        /** The query that selects the version shown, for the preview and the PDF. */
        public String versionQuery() {
            return "?version=" + version.shown();
        }

        /** The languages of the process a version may be written in now: not the original; once sent, new ones only. */
        public List<String> writableLanguages() {
            return role.isEmpty() ? List.of() : process.languages().stream().filter(l -> !l.equals(versions.original()))
                    .filter(l -> !letter.sent() || !versions.has(l)).toList();
        }

        public boolean officer() {
            return role.isPresent();
        }

        public boolean maySend() {
            return role.filter(r -> r == OfficerRole.PRESIDENCY).isPresent() && !letter.sent();
        }

        /** Whether the Presidency may send the sent letter to the participants it could not reach. */
        public boolean maySendToUnreached() {
            return role.filter(r -> r == OfficerRole.PRESIDENCY).isPresent() && letter.sent()
                    && coverage.map(c -> !c.unreached().isEmpty()).orElse(false);
        }

        public long count(DispatchStatus status) {
            return dispatches.orElse(List.of()).stream().filter(d -> d.status() == status).count();
        }

        /** Whether the progress is still changing: e-mails queued while a mail server takes them. */
        public boolean dispatching() {
            return mailServer && count(DispatchStatus.QUEUED) > 0;
        }

        public String path() {
            return page(process, letter);
        }
    }

    /**
     * The confirmation asked before sending: the letter and whom it will reach; {@code today} in the process's
     * calendar, to warn of a letter dated in the past.
     */
    public record Confirmation(Process process, Letter letter, Coverage coverage, LocalDate today) {

        public boolean pastDated() {
            return letter.date().isBefore(today);
        }

        public String path() {
            return page(process, letter);
        }
    }

    public static String page(Process process, Letter letter) {
        return "/processes/" + process.code() + "/letters/" + letter.id();
    }

    /** The PDF of a public letter, readable without signing in. */
    public static String publicPdf(Process process, Letter letter) {
        return "/processes/" + process.code() + "/letters/" + letter.id() + ".pdf";
    }

    static String fileName(Letter letter, String language) {
        return "letter-" + letter.reference().replaceAll("[^A-Za-z0-9.-]+", "-") + "-" + language + ".pdf";
    }
}
