package org.plenary.correspondence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.contacts.Contact;
import org.plenary.contacts.Contacts;
import org.plenary.identity.Account;
import org.plenary.identity.Accounts;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.Category;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.Standing;
import org.springframework.stereotype.Component;

/**
 * Who a letter reaches: its addressee groups resolved on the day of sending, and for each addressed participant
 * every distinct address it has, its official contacts first and then its delegates' accounts, each with the
 * language its e-mail is written in (the contact's, else the process's first language).
 */
@Component
class Recipients {

    /** One address of an addressed participant: a contact's, an account's, or both. */
    record Address(String email, String language, UUID account, UUID contact) {
    }

    /** An addressed participant and its addresses; none means the letter cannot reach it. */
    record Addressed(Standing standing, List<Address> addresses) {
    }

    private final Processes processes;
    private final Accounts accounts;
    private final Contacts contacts;

    Recipients(Processes processes, Accounts accounts, Contacts contacts) {
        this.processes = processes;
        this.accounts = accounts;
        this.contacts = contacts;
    }

    /** The participants the letter is addressed to today, by name, with their addresses. */
    List<Addressed> of(Process process, Letter letter) {
        Set<Category> categories = letter.addressees().stream().map(AddresseeGroup::category)
                .collect(Collectors.toSet());
        List<Standing> addressed = processes.participants(process, processes.today(process)).stream()
                .filter(s -> categories.contains(s.category())).toList();
        return withAddresses(process, addressed);
    }

    /** The addresses of each of {@code participants}. */
    List<Addressed> withAddresses(Process process, List<Standing> participants) {
        Map<ParticipantId, List<Contact>> official = contacts.addressesOf(participants.stream()
                .map(Standing::id).toList());
        String fallback = process.languages().getFirst();
        List<Addressed> all = new ArrayList<>();
        for (Standing standing : participants) {
            Map<String, Address> byEmail = new LinkedHashMap<>();
            for (Contact c : official.getOrDefault(standing.id(), List.of())) {
                byEmail.putIfAbsent(key(c.email()), new Address(c.email(), c.language(), null, c.id().value()));
            }
            for (Account account : accounts.delegatesOf(standing.id())) {
                byEmail.merge(key(account.email()), new Address(account.email(), fallback, account.id().value(), null),
                        (contact, same) -> new Address(contact.email(), contact.language(), same.account(),
                                contact.contact()));
            }
            all.add(new Addressed(standing, List.copyOf(byEmail.values())));
        }
        return all;
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
