package org.plenary.meetings.web;

import java.util.List;
import java.util.Optional;
import org.plenary.contacts.Coverage;
import org.plenary.documents.Document;
import org.plenary.meetings.AgendaItem;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.SpeakersListState;
import org.plenary.processes.Process;
import org.plenary.shared.web.VersionChoice;

/**
 * What the page of a meeting shows: its facts, and per agenda item the speakers' list, with what the reader
 * may do (a delegation asks for the floor, raises a point of order or asks for a right of reply when its category
 * entitles it to, or withdraws, or submits a written statement; the chair runs the items from the console, and
 * files the {@code linkable} documents of the process under an item; and sees how far the last notice of the
 * meeting reached). The meeting's title and items are in the {@code version} shown; officers may write versions in
 * {@code writableLanguages}.
 */
public record MeetingPage(Process process, Meeting meeting, List<ItemRow> items, boolean chair, boolean delegate,
        boolean mayRaisePointOfOrder, boolean mayReply, List<Document> linkable, Optional<Coverage> notices,
        VersionChoice version, List<String> writableLanguages) {

    /**
     * An agenda item with its list ({@code inscribed} when the reader's delegation waits on it, {@code pointOfOrder}
     * and {@code reply} when its point of order or right of reply waits) and the documents filed under it that the
     * reader may see: working papers, statements, ….
     */
    public record ItemRow(AgendaItem item, SpeakersListState list, boolean inscribed, boolean pointOfOrder,
            boolean reply, boolean current, List<Document> documents) {
    }

    static String link(Process process, Meeting meeting) {
        return meeting.address(process.code());
    }

    public String link() {
        return link(process, meeting);
    }
}
