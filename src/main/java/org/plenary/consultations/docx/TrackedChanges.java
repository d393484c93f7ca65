package org.plenary.consultations.docx;

import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDateTime;

/**
 * Word revisions ({@code w:ins}, {@code w:del}) written into the paragraphs of one document, one author per
 * paragraph: the base text with the word-level changes of {@link WordDiff} that turn it into a proposed text, so
 * that accepting every change in Word gives the proposed text and rejecting every change gives the base text. Holds
 * the next revision id (unique within the document) and the moment the revisions are dated.
 */
final class TrackedChanges {

    private final STDateTime date;
    private int nextId = 1;

    /** Revisions dated at {@code at}, to the second, in UTC ({@code 2020-11-25T10:00:00Z}, as Word writes them). */
    TrackedChanges(Instant at) {
        this.date = STDateTime.Factory.newValue(at.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /**
     * Appends to the paragraph the base text with the {@code changes} that make it the proposed text (their word
     * diff, as compiled), by {@code author}.
     */
    void write(XWPFParagraph paragraph, List<WordDiff.Change> changes, String author) {
        CTP xml = paragraph.getCTP();
        String by = DocxText.clean(author);
        for (WordDiff.Change change : changes) {
            switch (change.kind()) {
                case SAME -> DocxText.write(xml.addNewR(), change.text(), false);
                case DELETED -> DocxText.write(revision(xml.addNewDel(), by).addNewR(), change.text(), true);
                case INSERTED -> DocxText.write(revision(xml.addNewIns(), by).addNewR(), change.text(), false);
            }
        }
    }

    private CTRunTrackChange revision(CTRunTrackChange revision, String author) {
        revision.setId(BigInteger.valueOf(nextId++));
        revision.setAuthor(author);
        revision.xsetDate(date);
        return revision;
    }
}
