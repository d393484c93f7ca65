package org.plenary.processes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plenary.shared.Actor;
import org.springframework.modulith.NamedInterface;

/**
 * A section of the home page of a process that another module fills (letters, documents, …): the few most
 * recent items the reader may see, and the page that lists them all. The home page depends on no module
 * that provides one.
 */
@NamedInterface("api")
public interface HomeSection {

    /** The section it fills, as named in the message keys {@code process.section.<name>}. */
    String name();

    /** The page with every item of the section. */
    String link(Process process);

    /** The most recent items that {@code reader} may see, newest first. */
    List<Item> recent(Process process, Optional<Actor> reader);

    /** One item: its identifying label (a symbol or reference), its title, date and link; a state when it matters. */
    @NamedInterface("api")
    record Item(String label, String title, LocalDate date, String href, Enum<?> state) {
    }
}
