package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.meetings.AgendaNumbering.Draft;
import org.plenary.shared.InvalidInputException;

class AgendaNumberingTest {

    private static Draft item(String title, Draft... subItems) {
        return new Draft(title, List.of(subItems));
    }

    @Test
    void numbersItemsByPositionAndSubItemsWithLetters() {
        List<AgendaItem> agenda = AgendaNumbering.number(List.of(item("Opening"), item("Adoption of the agenda"),
                item("Confirmation of the rules of procedure"), item("Programme of work"),
                item("Exchange of views", item("Review"), item("Lausanne Action Plan"), item("Political Declaration"),
                        item("Implementation support")),
                item("Closure")));
        assertThat(agenda).extracting(AgendaItem::label).containsExactly("1", "2", "3", "4", "5", "5 (a)", "5 (b)",
                "5 (c)", "5 (d)", "6");
        assertThat(agenda.get(6)).isEqualTo(new AgendaItem("5 (b)", "5", "Lausanne Action Plan"));
    }

    @Test
    void refusesSubSubItemsAndEmptyTitles() {
        assertThatThrownBy(() -> AgendaNumbering.number(List.of(item("Five", item("a", item("too deep"))))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no sub-items");
        assertThatThrownBy(() -> AgendaNumbering.number(List.of(item(" "))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("title");
    }

    @Test
    void readsLabelsAsPeopleWriteThem() {
        assertThat(AgendaNumbering.normalise("5 b)")).isEqualTo("5 (b)");
        assertThat(AgendaNumbering.normalise("5(b)")).isEqualTo("5 (b)");
        assertThat(AgendaNumbering.normalise("5B")).isEqualTo("5 (b)");
        assertThat(AgendaNumbering.normalise(" 10 ")).isEqualTo("10");
    }
}
