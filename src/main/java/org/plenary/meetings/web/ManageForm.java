package org.plenary.meetings.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.Session;
import org.plenary.shared.InvalidInputException;

/**
 * The officers' forms on the page that manages a meeting, in one record: the action (reschedule, postpone,
 * cancel, held, sessions) and the fields it uses. Dates and times are local to the meeting's time zone.
 */
public record ManageForm(String action, LocalDate date, LocalTime from, LocalDate untilDate, LocalTime to,
        String reason, String decision, String sessions, Boolean confirm) {

    private static final Pattern SESSION = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})");

    /** The form as it stands for a meeting: its dates (no last day if it ends the day it starts), its sessions. */
    static ManageForm of(Meeting m) {
        ZoneId zone = m.timeZone();
        LocalDate first = m.start().atZone(zone).toLocalDate();
        LocalDate last = m.end().atZone(zone).toLocalDate();
        return new ManageForm("", first, m.start().atZone(zone).toLocalTime(), last.equals(first) ? null : last,
                m.end().atZone(zone).toLocalTime(), "", "", sessionsText(m), false);
    }

    Instant start(ZoneId zone) {
        return at(date, from, zone, "date", "from");
    }

    Instant end(ZoneId zone) {
        return at(untilDate == null ? date : untilDate, to, zone, "untilDate", "to");
    }

    /** Irreversible acts (cancelling, recording that the meeting was held) are confirmed by a tick. */
    void requireConfirmation() {
        if (!Boolean.TRUE.equals(confirm)) {
            throw InvalidInputException.of("confirm", "Tick the box to confirm; this cannot be undone");
        }
    }

    /** One session per line: 2020-09-04 10:00-12:00. */
    List<Session> sessionList(ZoneId zone) {
        List<Session> list = new ArrayList<>();
        String[] lines = (sessions == null ? "" : sessions).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = SESSION.matcher(line);
            if (!m.matches()) {
                throw InvalidInputException.of("sessions", "Line " + (i + 1) + " is not like 2020-09-04 10:00-12:00");
            }
            try {
                LocalDate day = LocalDate.parse(m.group(1));
                list.add(new Session(day.atTime(LocalTime.parse(pad(m.group(2)))).atZone(zone).toInstant(),
                        day.atTime(LocalTime.parse(pad(m.group(3)))).atZone(zone).toInstant()));
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("sessions", "Line " + (i + 1) + " has no such date or time");
            }
        }
        return list;
    }

    private static String sessionsText(Meeting m) {
        StringBuilder text = new StringBuilder();
        for (Session s : m.sessions()) {
            LocalDateTime start = LocalDateTime.ofInstant(s.start(), m.timeZone());
            text.append(start.toLocalDate()).append(' ').append(start.toLocalTime()).append('-')
                    .append(LocalTime.ofInstant(s.end(), m.timeZone())).append('\n');
        }
        return text.toString();
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    private static Instant at(LocalDate date, LocalTime time, ZoneId zone, String dateField, String timeField) {
        if (date == null) {
            throw InvalidInputException.of(dateField, "The date is required");
        }
        if (time == null) {
            throw InvalidInputException.of(timeField, "The time is required");
        }
        return date.atTime(time).atZone(zone).toInstant();
    }
}
