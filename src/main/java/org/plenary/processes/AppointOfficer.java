package org.plenary.processes;

import java.time.Clock;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.identity.Account;
import org.plenary.identity.AccountId;
import org.plenary.identity.Accounts;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appoints an account to the Presidency or the Secretariat of a process. */
@Service
public class AppointOfficer {

    public record Command(ProcessId process, String accountId, OfficerRole role) {
    }

    private final Processes processes;
    private final ProcessRepository repository;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    AppointOfficer(Processes processes, ProcessRepository repository, Accounts accounts, AuditLog audit, Clock clock) {
        this.processes = processes;
        this.repository = repository;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Officer execute(Command command) {
        ProcessPolicy.mayAppointOfficers(Actor.require()).orForbid();
        Process process = processes.require(command.process());
        if (command.role() == null) {
            throw InvalidInputException.of("role", "The role is PRESIDENCY or SECRETARIAT");
        }
        Account account = accounts.find(parseAccount(command.accountId()))
                .orElseThrow(() -> InvalidInputException.of("userId", "No account has this id"));
        if (account.participant() != null) {
            throw InvalidInputException.of("userId", account.username()
                    + " is a delegate of a participant and cannot be an officer");
        }
        repository.roleOf(process.id(), account.id().value()).ifPresent(role -> {
            throw new ConflictException(account.username() + " already serves this process (" + role + ")");
        });
        repository.appoint(process.id(), account.id().value(), command.role(), clock.instant());
        audit.record(AuditRecord.created("processes.officer.appointed", "process-officer", account.id(),
                process.id().value(), Map.of("username", account.username(), "role", command.role())));
        return repository.officers(process.id()).stream()
                .filter(o -> o.accountId().equals(account.id().value())).findFirst().orElseThrow();
    }

    private static AccountId parseAccount(String id) {
        try {
            return new AccountId(java.util.UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of("userId", "No account has this id");
        }
    }
}
