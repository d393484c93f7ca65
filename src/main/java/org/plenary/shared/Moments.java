package org.plenary.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An instant as letters and e-mails in English state it: in the process's zone, with the time in UTC. */
public final class Moments {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Moments() {
    }

    /** "29 June 2020, 10:00 Europe/Geneva (08:00 UTC)". */
    public static String stated(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone)) + " " + zone.getId() + " (" + UTC.format(at.atOffset(ZoneOffset.UTC))
                + " UTC)";
    }
}
