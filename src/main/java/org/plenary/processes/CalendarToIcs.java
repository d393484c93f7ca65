package org.plenary.processes;

import java.net.URI;
import java.time.ZoneId;
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
 * Calendar entries as an RFC 5545 calendar: each event in its own time zone with the VTIMEZONE a client needs,
 * a stable UID, and a SEQUENCE that grows with every change so that calendars update.
 */
public final class CalendarToIcs {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarToIcs() {
    }

    public static String calendar(String name, Collection<CalendarEntry> entries) {
        Calendar calendar = new Calendar()
                .withProdId("-//Plenary//" + name.replaceAll("[\\r\\n]", " ") + "//EN")
                .withDefaults()
                .getFluentTarget();
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (CalendarEntry entry : entries) {
            zones.add(entry.zone());
            calendar.add(event(entry));
        }
        zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone()));
        return calendar.toString();
    }

    private static VEvent event(CalendarEntry e) {
        VEvent event = new VEvent(e.start().atZone(e.zone()), e.end().atZone(e.zone()), e.summary());
        event.add(new Uid(e.uid()));
        event.add(new Sequence(e.sequence()));
        event.add(new Status(e.status().name()));
        if (e.location() != null) {
            event.add(new Location(e.location()));
        }
        if (e.url() != null) {
            event.add(new Url(URI.create(e.url())));
        }
        if (e.description() != null) {
            event.add(new Description(e.description()));
        }
        return event;
    }
}
