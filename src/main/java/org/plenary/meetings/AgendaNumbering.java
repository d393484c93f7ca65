package org.plenary.meetings;

import java.util.ArrayList;
import java.util.List;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.TextInput;

/**
 * Numbers an agenda by position, as UN agendas are: items {@code 1}, {@code 2}, …; sub-items {@code 5 (a)},
 * {@code 5 (b)}, …. Sub-items have no sub-items of their own.
 */
public final class AgendaNumbering {

    public static final int MAX_ITEMS = 99;
    static final int MAX_SUB_ITEMS = 26;

    /** An item as given: a title and its sub-items. */
    public record Draft(String title, List<Draft> items) {
    }

    private AgendaNumbering() {
    }

    public static List<AgendaItem> number(List<Draft> items) {
        if (items == null) {
            throw InvalidInputException.of("items", "The agenda's items are required (an empty list clears it)");
        }
        if (items.size() > MAX_ITEMS) {
            throw InvalidInputException.of("items", "An agenda has at most " + MAX_ITEMS + " items");
        }
        List<AgendaItem> numbered = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Draft item = items.get(i);
            String label = String.valueOf(i + 1);
            numbered.add(new AgendaItem(label, null, title(item, "items[" + i + "]")));
            List<Draft> subItems = item.items() == null ? List.of() : item.items();
            if (subItems.size() > MAX_SUB_ITEMS) {
                throw InvalidInputException.of("items[" + i + "].items", "An item has at most 26 sub-items (a) to (z)");
            }
            for (int j = 0; j < subItems.size(); j++) {
                Draft sub = subItems.get(j);
                String field = "items[" + i + "].items[" + j + "]";
                String title = title(sub, field);
                if (sub.items() != null && !sub.items().isEmpty()) {
                    throw InvalidInputException.of(field + ".items", "Sub-items such as 5 (b) have no sub-items");
                }
                numbered.add(new AgendaItem(label + " (" + (char) ('a' + j) + ")", label, title));
            }
        }
        return numbered;
    }

    private static String title(Draft item, String field) {
        return TextInput.line(field + ".title", item == null ? null : item.title(), 500);
    }

    /** A label as people write it, normalised: {@code 5b}, {@code 5 b)}, {@code 5(b)} are all {@code 5 (b)}. */
    public static String normalise(String label) {
        String compact = label == null ? "" : label.replaceAll("[\\s()]", "").toLowerCase();
        return compact.matches("\\d{1,2}[a-z]") ? compact.substring(0, compact.length() - 1) + " ("
                + compact.charAt(compact.length() - 1) + ")" : compact;
    }
}
