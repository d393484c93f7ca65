package org.plenary.processes;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.modulith.NamedInterface;

/**
 * Calendar entries as an RFC 5545 calendar: each event in its own time zone with the VTIMEZONE a client needs,
 * a stable UID, and a SEQUENCE that grows with every change so that calendars update; named (NAME and the
 * X-WR-CALNAME that most clients read), refreshed hourly by subscribers, and written by ical4j's outputter, which
 * folds lines longer than 75 octets. A deadline is shown as a quarter of an hour from its moment. No METHOD: a
 * feed is not an iTIP message (with METHOD:PUBLISH, RFC 5546 would require an ORGANIZER for every event).
 */
@NamedInterface("api")
public final class CalendarToIcs {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** How long a deadline is shown, so that clients draw it (an event that ends when it starts is often hidden). */
    static final Duration DEADLINE_LENGTH = Duration.ofMinutes(15);
    private static final Duration REFRESH = Duration.ofHours(1);

    private CalendarToIcs() {
    }

    public static String calendar(String name, Collection<CalendarEntry> entries) {
        String oneLine = name.replaceAll("[\\r\\n]", " ");
        Calendar calendar = new Calendar()
                .withProdId("-//Plenary//" + oneLine + "//EN")
                .withDefaults()
                .withProperty(new Name(oneLine))
                .withProperty(new XProperty("X-WR-CALNAME", oneLine))
                .withProperty(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH))
                .withProperty(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()))
                .getFluentTarget();
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (CalendarEntry entry : entries) {
            zones.add(entry.zone());
            calendar.add(event(entry));
        }
        zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone()));
        StringWriter ics = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, ics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        return ics.toString();
    }

    private static VEvent event(CalendarEntry e) {
        VEvent event = e.end().equals(e.start())
                ? new VEvent(e.start().atZone(e.zone()), DEADLINE_LENGTH, e.summary())
                : new VEvent(e.start().atZone(e.zone()), e.end().atZone(e.zone()), e.summary());
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
