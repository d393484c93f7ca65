package org.plenary.meetings;

import java.util.List;

/**
 * The agenda of a meeting as a UN document: the masthead (symbol if the agenda is published as a document,
 * distribution, date, original language), the meeting, the heading (provisional agenda or agenda) and the
 * numbered items, each with the documents filed under it. Its labels are in {@code language}, the meeting's title
 * and items in {@code textLanguage}, with {@code languagesLine} saying which languages these exist in when the
 * two differ (empty otherwise).
 */
public record AgendaDocument(String language, String textLanguage, String languagesLine, String symbol,
        String distribution, String date, String originalLanguage, String processTitle, String meetingTitle,
        String placeAndDates, String heading, String adoption, List<Entry> items) {

    /** An item or sub-item with the documents filed under it ("CCM/CONF/2020/WP.4 – Working Paper 4"). */
    public record Entry(String label, String title, List<Entry> subItems, List<String> documents) {
    }
}
