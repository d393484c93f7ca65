package org.plenary.shared.database;

import java.util.Set;

/**
 * A PostgreSQL NOTIFY channel on which the instances of the application announce changes to each other, and what
 * this instance does with them: {@link ChangeNotifications} listens on every channel declared as a bean.
 */
public interface ChangeChannel {

    /** The channel's name, as given to {@code pg_notify}. */
    String channel();

    /** Called with the distinct payloads that arrived together, on the listening thread. */
    void changed(Set<String> payloads);

    /**
     * Called whenever listening (re)starts: what was announced while no connection listened is lost, so a channel
     * that must not miss anything reads the current state here.
     */
    default void listening() {
    }
}
