package org.plenary.roster.web;

import java.time.LocalDate;
import org.plenary.roster.OrganisationType;
import org.plenary.roster.TreatyStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** The values entered in the administrators' forms of the roster page, one small record per form. */
public final class RosterForms {

    private RosterForms() {
    }

    public record NewTreaty(String code, String title) {
        public static final NewTreaty EMPTY = new NewTreaty("", "");
    }

    public record NewState(String name, String iso3) {
        public static final NewState EMPTY = new NewState("", "");
    }

    public record NewOrganisation(String name, OrganisationType organisationType) {
        public static final NewOrganisation EMPTY = new NewOrganisation("", OrganisationType.NON_GOVERNMENTAL_ORGANISATION);
    }

    public record NewStatus(String treaty, String participant, TreatyStatus status,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
        public static final NewStatus EMPTY = new NewStatus(null, null, TreatyStatus.STATE_PARTY, null);
    }

    /** A CSV pasted into the text area; an uploaded file, when given, replaces it. */
    public record NewImport(String treaty, String csv) {
        public static final NewImport EMPTY = new NewImport(null, "name,iso3,status,since\n");
    }
}
