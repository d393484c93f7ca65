package org.plenary.documents.web;

import java.util.List;
import org.plenary.documents.AgendaReferences;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentType;
import org.plenary.documents.PublicLetters;
import org.plenary.processes.Process;

/**
 * The documents page of a process: the documents the reader may see, grouped; the results of a search when
 * one was made ({@code query} not null; {@code searchError} when it was refused); and the public letters. The
 * reader may show only the documents filed against one of the process's {@code meetings} ({@code meeting}).
 */
public record DocumentsPage(Process process, boolean officer, List<Group> groups, String query, String searchError,
        List<Result> results, List<PublicLetters.Entry> letters, List<AgendaReferences.MeetingOutline> meetings,
        AgendaReferences.MeetingOutline meeting) {

    public record Group(DocumentType type, List<Entry> entries) {
    }

    /**
     * A text as listed: its current version, the versions it replaced (newest first), and its corrigenda,
     * addenda and amendments.
     */
    public record Entry(Document current, List<Document> earlier, List<Document> followUps) {
    }

    /** A document found by a search, with a snippet per language version where the words were found. */
    public record Result(Document document, List<Snippet> snippets) {
    }

    /** The day a meeting opens, in its time zone. */
    public static java.time.LocalDate day(AgendaReferences.MeetingOutline meeting) {
        return java.time.LocalDate.ofInstant(meeting.start(), meeting.timeZone());
    }

    public boolean searched() {
        return query != null && searchError == null;
    }

    public boolean empty() {
        return groups.isEmpty();
    }

    /** The page of one document. */
    public static String page(Document d, Process process) {
        return d.address(process.code());
    }

    /** The file of a language version, served to whoever may read the document (signed in with the session). */
    public static String file(Document d, Process process, String language) {
        return d.address(process.code()) + "/files/" + language;
    }
}
