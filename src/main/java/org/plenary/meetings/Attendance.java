package org.plenary.meetings;

import java.util.List;
import java.util.UUID;
import org.plenary.roster.Category;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.TextInput;

/** Who attends a meeting for a delegation, and the rules of registering them. */
public final class Attendance {

    public static final int DEFAULT_SPEAKER_LIMIT = 2;
    static final int MOST_ATTENDEES = 100;
    static final int MOST_SPEAKERS = 50;

    private Attendance() {
    }

    /** A person attending for a delegation, and whether they may take the floor remotely. */
    public record Attendee(String name, String function, boolean speaker) {
    }

    /** A delegation on the list of participants, with its category on the day the meeting opens. */
    public record Delegation(UUID participantId, String name, Category category, List<Attendee> attendees) {
    }

    /**
     * Checks and tidies a delegation's list: names required, and for virtual and hybrid meetings, where only
     * registered speakers take the floor, at most {@code speakerLimit} speakers.
     */
    static List<Attendee> check(MeetingFormat format, int speakerLimit, List<Attendee> attendees) {
        if (attendees == null) {
            throw InvalidInputException.of("attendees", "The attendees are required (an empty list removes them)");
        }
        if (attendees.size() > MOST_ATTENDEES) {
            throw InvalidInputException.of("attendees", "A delegation registers at most " + MOST_ATTENDEES
                    + " attendees");
        }
        for (int i = 0; i < attendees.size(); i++) {
            Attendee a = attendees.get(i);
            TextInput.line("attendees[" + i + "].name", a == null ? null : a.name(), 200);
            TextInput.optionalLine("attendees[" + i + "].function", a.function(), 200);
        }
        long speakers = attendees.stream().filter(Attendee::speaker).count();
        if (format != MeetingFormat.IN_PERSON && speakers > speakerLimit) {
            throw InvalidInputException.of("attendees", "A delegation may register at most " + speakerLimit
                    + " speakers for this " + format.name().toLowerCase().replace('_', ' ') + " meeting");
        }
        return attendees.stream().map(a -> new Attendee(a.name().strip(),
                a.function() == null || a.function().isBlank() ? null : a.function().strip(), a.speaker())).toList();
    }
}
