package org.plenary.meetings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.plenary.meetings.AgendaNumbering;
import org.plenary.meetings.AgendaStatus;
import org.plenary.meetings.MeetingFormat;
import org.plenary.meetings.MeetingKind;
import org.plenary.shared.InvalidInputException;

/** The forms officers fill in on the meeting pages: convening a meeting, and writing its agenda. */
public final class MeetingForms {

    private MeetingForms() {
    }

    /**
     * A meeting to convene, with its date and times as local time in the process's time zone; {@code pastConfirmed}
     * when the officer confirmed dates already past (to record a meeting held before).
     */
    public record NewMeeting(String title, MeetingKind kind, MeetingFormat format, LocalDate date, LocalTime from,
            LocalTime to, String venue, String onlineUrl, Boolean pastConfirmed) {

        Instant start(ZoneId zone) {
            return at(date, from, zone, "from");
        }

        Instant end(ZoneId zone) {
            return at(date, to, zone, "to");
        }

        private static Instant at(LocalDate date, LocalTime time, ZoneId zone, String field) {
            if (date == null) {
                throw InvalidInputException.of("date", "The date of the meeting is required");
            }
            if (time == null) {
                throw InvalidInputException.of(field, "The time is required");
            }
            return date.atTime(time).atZone(zone).toInstant();
        }
    }

    /**
     * An agenda written as text: one item per line; a line starting with a hyphen is a sub-item of the item
     * above it. Numbers typed at the start of a line are dropped: items are numbered by position.
     */
    public record AgendaText(AgendaStatus status, String items) {

        List<AgendaNumbering.Draft> drafts() {
            List<String> titles = new ArrayList<>();
            List<List<AgendaNumbering.Draft>> subItems = new ArrayList<>();
            for (String raw : (items == null ? "" : items).split("\\R")) {
                String line = raw.strip();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("-")) {
                    if (titles.isEmpty()) {
                        throw InvalidInputException.of("items", "A sub-item (a line starting with -) needs an item above it");
                    }
                    subItems.getLast().add(new AgendaNumbering.Draft(
                            line.substring(1).strip().replaceFirst("^\\(?[a-z]\\)\\s*", ""), List.of()));
                } else {
                    titles.add(line.replaceFirst("^\\d{1,2}[.)]?\\s+", ""));
                    subItems.add(new ArrayList<>());
                }
            }
            List<AgendaNumbering.Draft> drafts = new ArrayList<>();
            for (int i = 0; i < titles.size(); i++) {
                drafts.add(new AgendaNumbering.Draft(titles.get(i), subItems.get(i)));
            }
            return drafts;
        }
    }
}
