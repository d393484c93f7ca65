package org.plenary.roster.web;

import java.time.LocalDate;
import java.util.List;
import org.plenary.roster.Category;
import org.plenary.roster.LocalNames;
import org.plenary.roster.OrganisationType;
import org.plenary.roster.Participant;
import org.plenary.roster.ParticipantKind;
import org.plenary.roster.StatusChange;
import org.plenary.roster.Treaty;

/**
 * What the roster page shows: every participant with its category today towards each treaty, named and ordered
 * in the reader's language.
 */
public record RosterPage(LocalDate today, List<Treaty> treaties, List<Row> rows, List<Row> states) {

    /** A participant, with one cell per treaty. */
    public record Row(String id, String name, ParticipantKind kind, String iso3, OrganisationType organisationType,
            List<Cell> cells) {
    }

    /** Its category towards one treaty today, and since when its status holds (none for organisations). */
    public record Cell(Category category, LocalDate since) {
    }

    static RosterPage of(List<Participant> participants, List<Treaty> treaties, LocalDate today, LocalNames names) {
        List<Row> rows = participants.stream().map(p -> row(p, treaties, today, names))
                .sorted(names.by(Row::name)).toList();
        return new RosterPage(today, treaties, rows,
                rows.stream().filter(r -> r.kind() == ParticipantKind.STATE).toList());
    }

    private static Row row(Participant p, List<Treaty> treaties, LocalDate today, LocalNames names) {
        List<Cell> cells = treaties.stream().map(t -> new Cell(p.categoryOn(t.code(), today),
                p.history(t.code()).stream().map(StatusChange::since).filter(since -> !since.isAfter(today))
                        .reduce((earlier, later) -> later).orElse(null)))
                .toList();
        return new Row(p.id().toString(), names.of(p.id(), p.name()), p.kind(), p.iso3(), p.organisationType(), cells);
    }
}
