package org.plenary.meetings;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.plenary.shared.InvalidInputException;

/**
 * The sessions of a meeting lie within its start and end, each ends after it starts, and no two overlap
 * (one may start when the other ends). A refusal names the session by its position in the request.
 */
final class SessionRules {

    static final int MOST = 60;

    private SessionRules() {
    }

    static void check(Instant meetingStart, Instant meetingEnd, List<Session> sessions) {
        if (sessions == null) {
            throw InvalidInputException.of("sessions", "The sessions are required (an empty list removes them)");
        }
        if (sessions.size() > MOST) {
            throw InvalidInputException.of("sessions", "A meeting has at most " + MOST + " sessions");
        }
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            String field = "sessions[" + i + "]";
            if (s == null || s.start() == null) {
                throw InvalidInputException.of(field + ".start", "The start is required, with its offset");
            }
            if (s.end() == null) {
                throw InvalidInputException.of(field + ".end", "The end is required, with its offset");
            }
            if (!s.end().isAfter(s.start())) {
                throw InvalidInputException.of(field + ".end", "Session " + (i + 1) + " must end after it starts");
            }
            if (s.start().isBefore(meetingStart) || s.end().isAfter(meetingEnd)) {
                throw InvalidInputException.of(field, "Session " + (i + 1) + " lies outside the meeting");
            }
        }
        List<Integer> byStart = IntStream.range(0, sessions.size()).boxed()
                .sorted(Comparator.comparing(i -> sessions.get(i).start())).toList();
        for (int k = 1; k < byStart.size(); k++) {
            int earlier = byStart.get(k - 1);
            int later = byStart.get(k);
            if (sessions.get(later).start().isBefore(sessions.get(earlier).end())) {
                throw InvalidInputException.of("sessions[" + later + "]",
                        "Session " + (later + 1) + " overlaps session " + (earlier + 1));
            }
        }
    }

    /** The sessions in the order they take place. */
    static List<Session> inOrder(List<Session> sessions) {
        return sessions.stream().sorted(Comparator.comparing(Session::start)).toList();
    }
}
