package org.plenary.correspondence.web;

import java.time.LocalDate;
import java.util.List;
import org.plenary.correspondence.AddresseeGroup;
import org.plenary.correspondence.DraftLetter;
import org.plenary.correspondence.Letter;
import org.plenary.documents.Document;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.springframework.format.annotation.DateTimeFormat;

/** The form to write a letter, and the documents and earlier letters it may name. */
public final class LetterForms {

    private LetterForms() {
    }

    /** A letter as entered; the body is Markdown. An unticked box sends nothing: {@code publicLetter} null is no. */
    public record NewLetter(String reference, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            String place, String subject, String body, List<AddresseeGroup> addressees, List<String> attachments,
            List<String> refersTo, String signatory, String signatoryTitle, Boolean publicLetter) {

        static NewLetter empty(LocalDate today) {
            return new NewLetter("", today, "", "", "", List.of(AddresseeGroup.STATES_PARTIES), List.of(), List.of(),
                    "", "", false);
        }

        /** The form of a draft, as it stands. */
        static NewLetter of(Letter l) {
            return new NewLetter(l.reference(), l.date(), l.place(), l.subject(), l.body(), l.addressees(),
                    l.attachments().stream().map(Object::toString).toList(),
                    l.refersTo().stream().map(Object::toString).toList(), l.signatory() == null ? "" : l.signatory(),
                    l.signatoryTitle() == null ? "" : l.signatoryTitle(), l.publicLetter());
        }

        public boolean addressed(AddresseeGroup group) {
            return addressees != null && addressees.contains(group);
        }

        public boolean attaches(String document) {
            return attachments != null && attachments.contains(document);
        }

        public boolean refers(String letter) {
            return refersTo != null && refersTo.contains(letter);
        }

        public boolean isPublic() {
            return Boolean.TRUE.equals(publicLetter);
        }

        DraftLetter.Command command(ProcessId process) {
            return new DraftLetter.Command(process, reference, date, place, subject, body, addressees, attachments,
                    refersTo, signatory, signatoryTitle, isPublic());
        }
    }

    /** What the form offers: the process's current documents to attach, its earlier letters to refer to. */
    public record Choices(Process process, List<Document> documents, List<Letter> letters) {
    }
}
