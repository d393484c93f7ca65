package org.plenary.meetings;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/**
 * Meetings as an RFC 5545 calendar: each event in its meeting's time zone with the VTIMEZONE a client needs,
 * a stable UID, and a SEQUENCE that grows with every change of date so that calendars update.
 */
public final class MeetingToIcs {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private MeetingToIcs() {
    }

    public static String calendar(String name, Collection<Meeting> meetings) {
        Calendar calendar = new Calendar()
                .withProdId("-//Plenary//" + name.replaceAll("[\\r\\n]", " ") + "//EN")
                .withDefaults()
                .getFluentTarget();
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (Meeting meeting : meetings) {
            zones.add(meeting.timeZone());
            calendar.add(event(meeting));
        }
        zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone()));
        return calendar.toString();
    }

    private static VEvent event(Meeting m) {
        ZonedDateTime start = m.start().atZone(m.timeZone());
        ZonedDateTime end = m.end().atZone(m.timeZone());
        VEvent event = new VEvent(start, end, m.title());
        event.add(new Uid(m.id() + "@plenary"));
        event.add(new Sequence(m.dateHistory().size()));
        event.add(new Status(switch (m.status()) {
            case CANCELLED -> "CANCELLED";
            case POSTPONED -> "TENTATIVE";
            case SCHEDULED, HELD -> "CONFIRMED";
        }));
        if (m.venue() != null) {
            event.add(new Location(m.venue()));
        }
        if (m.onlineUrl() != null) {
            event.add(new Url(URI.create(m.onlineUrl())));
        }
        event.add(new Description(m.kind().name().replace('_', ' ').toLowerCase() + ", " + m.format().name()
                .replace('_', ' ').toLowerCase()));
        return event;
    }
}
