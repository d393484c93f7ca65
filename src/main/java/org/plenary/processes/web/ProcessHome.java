package org.plenary.processes.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.identity.Account;
import org.plenary.processes.HomeSection;
import org.plenary.processes.Officer;
import org.plenary.processes.Process;
import org.plenary.roster.Standing;

/**
 * The home page of a process: its facts and officers; for a delegate, the delegation and its category
 * today; for an administrator, the accounts that may be appointed officers; and the recent items of the
 * sections other modules fill, by section name.
 */
public record ProcessHome(Process process, LocalDate today, List<Officer> officers, Optional<Standing> delegation,
        List<Account> appointable, Map<String, Section> sections) {

    /** The sections of the page, in their order; those no module fills yet say so. */
    public static final List<String> SECTIONS = List.of("letters", "silence", "decisions", "meetings", "documents",
            "consultations");

    /** A filled section: the page that lists everything, and the recent items. */
    public record Section(String link, List<HomeSection.Item> items) {
    }

    public Optional<Section> section(String name) {
        return Optional.ofNullable(sections.get(name));
    }
}
