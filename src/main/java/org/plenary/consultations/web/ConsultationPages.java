package org.plenary.consultations.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plenary.consultations.Compilation;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.ConsultationPreview;
import org.plenary.consultations.ConsultationStatus;
import org.plenary.consultations.IssueRevision;
import org.plenary.consultations.Stance;
import org.plenary.consultations.Submission;
import org.plenary.contacts.Coverage;
import org.plenary.documents.Document;
import org.plenary.processes.Process;
import org.plenary.roster.Category;
import org.plenary.roster.Standing;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.VersionChoice;

/** What the consultation pages show, and where each page is. */
public final class ConsultationPages {

    private ConsultationPages() {
    }

    /** A consultation with its status now. */
    public record Entry(Consultation consultation, ConsultationStatus status) {
    }

    public record Listing(Process process, boolean officer, List<Entry> consultations) {
    }

    /** The form to open a consultation, and the documents it may be on. */
    public record Choices(Process process, List<Document> documents) {
    }

    /**
     * One consultation, its title, elements and questions in the {@code version} shown: for officers the actions,
     * how far its last notice reached and the languages they may write a version in, for a delegate what its
     * delegation submitted; why it was closed early, when it was.
     */
    public record One(Process process, Entry entry, boolean officer, boolean delegate, Optional<Submission> mine,
            Optional<Document> document, Optional<String> closingReason, Optional<Coverage> notices,
            VersionChoice version, List<String> writableLanguages) {

        public String path() {
            return page(process, entry.consultation());
        }
    }

    /**
     * The confirmation of an extension ({@code extension}, the new closing time) or an early closing ({@code form},
     * its reason): what the notice reaches and says.
     */
    public record Confirmation(Process process, Consultation consultation, ConsultationPreview.Preview preview,
            ConsultationForms.Extension extension, Form<ConsultationForms.Closing> form) {

        public String path() {
            return page(process, consultation);
        }

        /** The new closing time of an extension. */
        public Instant closes() {
            return extension.closes(process.timeZone());
        }
    }

    /**
     * The confirmation of opening a consultation: the form to post again, whom the notice reaches and what it says,
     * and whether its opening or closing time is already past.
     */
    public record Opening(Process process, ConsultationForms.NewConsultation form, ConsultationPreview.Preview preview,
            Instant opens, Instant closes, Instant now) {

        public boolean opensPast() {
            return opens.isBefore(now);
        }

        public boolean closesPast() {
            return closes.isBefore(now);
        }
    }

    /** The confirmation of issuing a revision: what it publishes. */
    public record Issue(Process process, Consultation consultation, IssueRevision.Plan plan) {

        public String path() {
            return page(process, consultation);
        }
    }

    /** The views form of a delegation: the elements, what it saved, and the participants a group may list. */
    public record ViewsForm(Process process, Entry entry, Optional<Submission> saved,
            List<Standing> participants) {

        public String path() {
            return page(process, entry.consultation());
        }

        public boolean open() {
            return entry.status() == ConsultationStatus.OPEN;
        }
    }

    /** The compilation page: the compilation, the filters chosen and the query string that repeats them. */
    public record CompilationPage(Process process, Entry entry, Compilation compilation, String query) {

        public String path() {
            return page(process, entry.consultation());
        }

        public List<Category> categories() {
            return List.of(Category.values());
        }

        public List<Stance> stances() {
            return List.of(Stance.values());
        }

        /** Every participant that answered, in the order of the compilation: the columns of the matrix. */
        public List<String> respondents() {
            return compilation.elements().stream().flatMap(e -> e.positions().stream())
                    .map(Compilation.View::participantName).distinct().toList();
        }

        /** The stance a participant took on an element, if any. */
        public Optional<Stance> stance(Compilation.ElementViews element, String participant) {
            return element.positions().stream().filter(v -> v.participantName().equals(participant))
                    .map(Compilation.View::stance).findFirst();
        }
    }

    public static String list(Process process) {
        return "/processes/" + process.code() + "/consultations";
    }

    public static String page(Process process, Consultation consultation) {
        return list(process) + "/" + consultation.id();
    }
}
