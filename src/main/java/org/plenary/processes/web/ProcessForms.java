package org.plenary.processes.web;

import java.util.List;
import org.plenary.processes.OfficerRole;

/** The values entered in the forms about processes, one small record per form. */
public final class ProcessForms {

    private ProcessForms() {
    }

    /** A new process; the minimum silence period is entered in hours. */
    public record NewProcess(String code, String title, String treaty, String timeZone, List<String> languages,
            String silenceHours) {
        public static final NewProcess EMPTY = new NewProcess("", "", null, "Europe/Zurich", List.of("en", "fr", "es"),
                "72");

        public boolean hasLanguage(String code) {
            return languages != null && languages.contains(code);
        }

        /** The period as the operation takes it (ISO-8601); anything but a number of hours is passed on as typed. */
        String silenceMinimumPeriod() {
            String hours = silenceHours == null ? "" : silenceHours.strip();
            return hours.matches("\\d{1,4}") ? "PT" + hours + "H" : hours;
        }
    }

    public record NewOfficer(String account, OfficerRole role) {
        public static final NewOfficer EMPTY = new NewOfficer(null, OfficerRole.PRESIDENCY);
    }
}
