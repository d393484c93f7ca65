package org.plenary.processes.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plenary.identity.Account;
import org.plenary.processes.Officer;
import org.plenary.processes.Process;
import org.plenary.roster.Standing;

/**
 * The home page of a process: its facts and officers; for a delegate, the delegation and its category
 * today; for an administrator, the accounts that may be appointed officers.
 */
public record ProcessHome(Process process, LocalDate today, List<Officer> officers, Optional<Standing> delegation,
        List<Account> appointable) {
}
