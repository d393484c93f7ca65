package bench;

import java.util.UUID;

/** The account a bearer token belongs to, as Plenary's token query gives it. */
record Delegate(UUID id, String username, String displayName, int participant, boolean admin, String language) {
}
