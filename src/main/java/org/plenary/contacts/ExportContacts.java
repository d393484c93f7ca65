package org.plenary.contacts;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.roster.Participant;
import org.plenary.roster.Roster;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every contact as CSV that the import reads back, States named by their ISO code, organisations by name. */
@Service
public class ExportContacts {

    private final ContactRepository contacts;
    private final Roster roster;

    ExportContacts(ContactRepository contacts, Roster roster) {
        this.contacts = contacts;
        this.roster = roster;
    }

    @Transactional(readOnly = true)
    public String csv() {
        ContactPolicy.mayKeepAll(Actor.require()).orForbid();
        Map<UUID, String> keys = roster.participants().stream().collect(Collectors.toMap(p -> p.id().value(),
                (Participant p) -> p.iso3() != null ? p.iso3() : p.name()));
        return ContactsCsv.write(contacts.findAllByParticipantName(), keys);
    }
}
