package org.plenary.identity;

import java.util.List;
import java.util.Optional;
import org.plenary.roster.ParticipantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads accounts: for other modules (officers, delegates of a participant) and the administration pages. */
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
}
