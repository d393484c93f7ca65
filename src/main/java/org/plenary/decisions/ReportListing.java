package org.plenary.decisions;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What a final report put under silence lists: the decisions the process took and the procedures that were broken,
 * as they stood when the report was put under the procedure, oldest first, each with the address of its page.
 */
public record ReportListing(List<Taken> decisions, List<Broken> brokenProcedures) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** A decision taken: its symbol and title, the procedure that took it, when, and its page. */
    public record Taken(DecisionId id, String symbol, String title, String procedure, Instant adoptedAt, String link) {
    }

    /** A procedure broken: its reference within the process, its subject, when, and its page. */
    public record Broken(String id, String reference, String subject, Instant concludedAt, String link) {
    }

    /** The text the procedure circulates: the report, then both lists, each entry with its address. */
    String text(String report, ZoneId zone) {
        StringBuilder text = new StringBuilder("The final report ").append(report).append(" is adopted unless a "
                + "State Party objects before the deadline. It records the following.\n\nDecisions taken:");
        if (decisions.isEmpty()) {
            text.append("\nnone");
        }
        for (int i = 0; i < decisions.size(); i++) {
            Taken d = decisions.get(i);
            text.append('\n').append(i + 1).append(". ").append(d.symbol()).append(" – ").append(d.title())
                    .append(", adopted on ").append(DATE.format(d.adoptedAt().atZone(zone))).append(": ")
                    .append(d.link());
        }
        text.append("\n\nProcedures broken:");
        if (brokenProcedures.isEmpty()) {
            text.append("\nnone");
        }
        for (int i = 0; i < brokenProcedures.size(); i++) {
            Broken b = brokenProcedures.get(i);
            text.append('\n').append(i + 1).append(". ").append(b.reference()).append(" – ").append(b.subject())
                    .append(", broken on ").append(DATE.format(b.concludedAt().atZone(zone))).append(": ")
                    .append(b.link());
        }
        return text.toString();
    }
}
