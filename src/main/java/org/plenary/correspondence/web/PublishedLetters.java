package org.plenary.correspondence.web;

import java.util.List;
import org.plenary.correspondence.Letters;
import org.plenary.documents.PublicLetters;
import org.plenary.processes.Process;
import org.springframework.stereotype.Component;

/** The sent public letters of a process, for its documents page, with the PDF anybody may download. */
@Component
class PublishedLetters implements PublicLetters {

    private final Letters letters;

    PublishedLetters(Letters letters) {
        this.letters = letters;
    }

    @Override
    public List<Entry> of(Process process) {
        return letters.published(process).stream()
                .map(l -> new Entry(l.reference(), l.subject(), l.date(), LetterPages.publicPdf(process, l)))
                .toList();
    }
}
