package org.plenary.decisions.web;

import java.time.LocalDate;
import java.util.List;
import org.plenary.decisions.Decision;
import org.plenary.decisions.DecisionView;
import org.plenary.decisions.RegisterEntry;
import org.plenary.processes.Process;
import org.plenary.shared.web.VersionChoice;

/** What the register's pages show. */
public final class DecisionPages {

    private DecisionPages() {
    }

    /** The register: its decisions (those found when searched), the search text and why it was refused, if it was. */
    public record Register(Process process, List<RegisterEntry> entries, String query, String searchError) {

        public boolean searched() {
            return query != null;
        }
    }

    /**
     * A decision in the version {@code choice} shows; {@code open} whether statements may be attached now,
     * {@code statementForm} whether the reader may attach one, {@code officer} whether the reader may set the period
     * for statements; {@code error} why what the reader sent was refused.
     */
    public record Page(DecisionView view, VersionChoice choice, boolean open, boolean statementForm, boolean officer,
            String error) {

        public String text() {
            return view.texts().in(choice.shown());
        }

        /** The last day on which statements are received, in the process's zone. */
        public LocalDate lastDay() {
            return view.decision().statementsUntil().minusNanos(1).atZone(view.process().timeZone()).toLocalDate();
        }
    }

    public static String page(Process process, Decision d) {
        return "/processes/" + process.code() + "/decisions/" + d.id();
    }

    public static String pdf(Process process, Decision d, String language) {
        return page(process, d) + ".pdf?lang=" + language;
    }
}
