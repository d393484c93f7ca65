package org.plenary.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenary.roster.ParticipantId;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads accounts: for other modules (officers, delegates of a participant) and the administration pages. */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final AccountRepository accounts;

    Accounts(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<Account> find(AccountId id) {
        return accounts.findById(id.value());
    }

    public List<Account> all() {
        return accounts.findAllByOrderByUsername();
    }

    /** The accounts of the delegates of a State or organisation. */
    public List<Account> delegatesOf(ParticipantId participant) {
        return accounts.findByParticipant(participant.value());
    }

    /** The accounts of the delegates of each of {@code participants}, in one query. */
    public Map<ParticipantId, List<Account>> delegatesOf(Collection<ParticipantId> participants) {
        if (participants.isEmpty()) {
            return Map.of();
        }
        return accounts.findByParticipantIn(participants.stream().map(ParticipantId::value).toList()).stream()
                .collect(Collectors.groupingBy(a -> new ParticipantId(a.participant())));
    }
}
