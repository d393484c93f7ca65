package org.plenary.correspondence;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.contacts.Addresses;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.Category;
import org.plenary.roster.Standing;
import org.springframework.stereotype.Component;

/**
 * Who a letter reaches: its addressee groups resolved on the day of sending, each addressed participant with every
 * distinct address it has (official contacts and delegates' accounts), in the language each is written to.
 */
@Component
class Recipients {

    private final Processes processes;
    private final Addresses addresses;

    Recipients(Processes processes, Addresses addresses) {
        this.processes = processes;
        this.addresses = addresses;
    }

    /** The participants the letter is addressed to today, by name, with their addresses. */
    List<Addresses.Addressed> of(Process process, Letter letter) {
        Set<Category> categories = letter.addressees().stream().map(AddresseeGroup::category)
                .collect(Collectors.toSet());
        return withAddresses(process, processes.participants(process, processes.today(process)).stream()
                .filter(s -> categories.contains(s.category())).toList());
    }

    /** The addresses of each of {@code participants}. */
    List<Addresses.Addressed> withAddresses(Process process, List<Standing> participants) {
        return addresses.of(participants);
    }
}
