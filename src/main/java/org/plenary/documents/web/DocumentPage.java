package org.plenary.documents.web;

import java.util.List;
import java.util.stream.Stream;
import org.plenary.documents.Document;
import org.plenary.documents.web.DocumentsPage.Entry;
import org.plenary.processes.Process;

/**
 * The page of one document: the version asked for ({@code shown}) with its masthead, and the text it belongs
 * to with every version and follow-up the reader sees; for officers, the forms to follow it up.
 */
public record DocumentPage(Process process, boolean officer, Document shown, Entry entry) {

    /** The languages of the process in which the shown version has no file yet. */
    public List<String> missingLanguages() {
        return process.languages().stream().filter(l -> shown.file(l).isEmpty()).toList();
    }

    /** Every version of the text, the current one first. */
    public List<Document> versions() {
        return Stream.concat(Stream.of(entry.current()), entry.earlier().stream()).toList();
    }
}
