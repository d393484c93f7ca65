package org.plenary.processes;

import java.util.List;

/**
 * A module that puts events in the calendar of a process (meetings, silence deadlines, consultation closings).
 * The calendar feed collects every source; it depends on no module that provides one.
 */
public interface CalendarSource {

    /** The events of the process that anyone may see. */
    List<CalendarEntry> entries(Process process);
}
