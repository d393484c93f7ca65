package org.plenary.identity.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.identity.Account;
import org.plenary.roster.Participant;

/** The accounts, with the name of each delegate's State or organisation, and the participants to choose from. */
public record AccountsPage(List<Account> accounts, List<Participant> participants, Map<UUID, String> names) {

    static AccountsPage of(List<Account> accounts, List<Participant> participants) {
        Map<UUID, String> names = new HashMap<>();
        participants.forEach(p -> names.put(p.id().value(), p.name()));
        return new AccountsPage(accounts, participants, names);
    }

    /** The State or organisation of a delegate's account, or null for officers and administrators. */
    public String delegationOf(Account account) {
        return account.participant() == null ? null : names.get(account.participant());
    }
}
