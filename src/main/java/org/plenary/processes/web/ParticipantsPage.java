package org.plenary.processes.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.plenary.processes.Process;
import org.plenary.roster.Category;
import org.plenary.roster.Standing;

/**
 * The participants of a process on a date, grouped by category in order of precedence, with the count of
 * each category; {@code shown} is the one category chosen, or null for all.
 */
public record ParticipantsPage(Process process, LocalDate at, Category shown, Map<Category, List<Standing>> groups) {

    static ParticipantsPage of(Process process, LocalDate at, Category shown, List<Standing> standings) {
        Map<Category, List<Standing>> groups = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            groups.put(category, standings.stream().filter(s -> s.category() == category).toList());
        }
        return new ParticipantsPage(process, at, shown, groups);
    }

    public int count(Category category) {
        return groups.get(category).size();
    }

    public int total() {
        return groups.values().stream().mapToInt(List::size).sum();
    }

    /** The categories whose tables are shown: the chosen one, or every category that has participants. */
    public List<Category> visible() {
        return groups.keySet().stream()
                .filter(c -> shown == null ? count(c) > 0 : c == shown)
                .toList();
    }

    /** The link to this page for {@code category} (null: all categories) on the same date. */
    public String link(Category category) {
        return "/processes/" + process.code() + "/participants?at=" + at
                + (category == null ? "" : "&category=" + category.name());
    }
}
