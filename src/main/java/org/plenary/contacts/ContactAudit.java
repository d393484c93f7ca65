package org.plenary.contacts;

import java.util.HashMap;
import java.util.Map;

/** What the audit log keeps of a contact. */
final class ContactAudit {

    private ContactAudit() {
    }

    static Map<String, Object> of(Contact c) {
        Map<String, Object> fields = new HashMap<>(Map.of("participant", c.participant().toString(),
                "email", c.email(), "role", c.role(), "language", c.language()));
        if (c.name() != null) {
            fields.put("name", c.name());
        }
        return fields;
    }
}
