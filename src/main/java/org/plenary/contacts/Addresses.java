package org.plenary.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.identity.Account;
import org.plenary.identity.Accounts;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.Standing;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a formal communication to a participant goes: every distinct address it has, its official contacts first
 * and then its delegates' accounts (an address that is both is written to once), each with the language its
 * e-mail is written in: the contact's, else the one the account's owner chose.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class Addresses {

    /** One address of a participant: a contact's, an account's, or both. */
    @NamedInterface("api")
    public record Address(String email, String language, UUID account, UUID contact) {
    }

    /** A participant and its addresses; none means that no e-mail can reach it. */
    @NamedInterface("api")
    public record Addressed(Standing standing, List<Address> addresses) {
    }

    private final ContactRepository contacts;
    private final Accounts accounts;

    Addresses(ContactRepository contacts, Accounts accounts) {
        this.contacts = contacts;
        this.accounts = accounts;
    }

    /** The addresses of each of {@code participants}, in their order: two queries, whatever their number. */
    public List<Addressed> of(List<Standing> participants) {
        Map<ParticipantId, List<Contact>> official = participants.isEmpty() ? Map.of()
                : contacts.findByParticipants(participants.stream().map(s -> s.id().value()).toArray(UUID[]::new))
                        .stream().collect(Collectors.groupingBy(Contact::participant));
        Map<ParticipantId, List<Account>> delegates = accounts.delegatesOf(participants.stream().map(Standing::id)
                .toList());
        List<Addressed> all = new ArrayList<>();
        for (Standing standing : participants) {
            Map<String, Address> byEmail = new LinkedHashMap<>();
            for (Contact c : official.getOrDefault(standing.id(), List.of())) {
                byEmail.putIfAbsent(key(c.email()), new Address(c.email(), c.language(), null, c.id().value()));
            }
            for (Account account : delegates.getOrDefault(standing.id(), List.of())) {
                byEmail.merge(key(account.email()), new Address(account.email(), account.language(),
                        account.id().value(), null), (contact, same) -> new Address(contact.email(),
                                contact.language(), same.account(), contact.contact()));
            }
            all.add(new Addressed(standing, List.copyOf(byEmail.values())));
        }
        return all;
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
