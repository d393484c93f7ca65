package org.plenary.contacts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.roster.ParticipantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The contacts of a State or organisation, for those who may keep them. */
@Service
@Transactional(readOnly = true)
public class Contacts {

    private final ContactRepository contacts;
    private final ContactKeepers keepers;

    Contacts(ContactRepository contacts, ContactKeepers keepers) {
        this.contacts = contacts;
        this.keepers = keepers;
    }

    /** The addresses of {@code participant}, for the signed-in actor who may keep them. */
    public List<Contact> of(ParticipantId participant) {
        keepers.require(participant);
        return contacts.findByParticipant(participant.value());
    }

    /** The addresses of the participants a formal communication is sent to, by participant, whoever sends it. */
    public Map<ParticipantId, List<Contact>> addressesOf(Collection<ParticipantId> participants) {
        if (participants.isEmpty()) {
            return Map.of();
        }
        return contacts.findByParticipants(participants.stream().map(ParticipantId::value).toArray(UUID[]::new))
                .stream().collect(Collectors.groupingBy(Contact::participant));
    }
}
