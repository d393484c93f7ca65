package org.plenary.processes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.roster.Participant;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.Roster;
import org.plenary.roster.Standing;
import org.plenary.shared.Actor;
import org.plenary.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads processes, their officers and participants; what other modules ask about a process. */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class Processes {

    private final ProcessRepository processes;
    private final Roster roster;
    private final Clock clock;

    Processes(ProcessRepository processes, Roster roster, Clock clock) {
        this.processes = processes;
        this.roster = roster;
        this.clock = clock;
    }

    /** The process with this id; 404 otherwise. */
    public Process require(ProcessId id) {
        return processes.findById(id.value()).orElseThrow(() -> new NotFoundException("Process", id));
    }

    /**
     * The process an address names by its id or its code: the one place where such a name is looked up, for the
     * converter of path variables and for what reads addresses before it (readable keys, the versions' form).
     */
    public Optional<Process> find(String idOrCode) {
        if (idOrCode == null) {
            return Optional.empty();
        }
        try {
            return processes.findById(UUID.fromString(idOrCode));
        } catch (IllegalArgumentException notAnId) {
            return processes.findByCode(idOrCode);
        }
    }

    public List<Process> all() {
        return processes.findAll();
    }

    public List<Officer> officers(ProcessId process) {
        return processes.officers(process);
    }

    public Optional<OfficerRole> roleOf(ProcessId process, Actor actor) {
        return processes.roleOf(process, actor.accountId());
    }

    /** The processes an account serves as an officer. */
    public List<Process> servedBy(Actor actor) {
        return processes.servedBy(actor.accountId());
    }

    /** Every participant with its category in the process on {@code date}. */
    public List<Standing> participants(Process process, LocalDate date) {
        return roster.standings(process.treaty(), date);
    }

    /** The name of a State or organisation on the roster, e.g. to sign what its delegates submit. */
    public Optional<String> participantName(ParticipantId participant) {
        return roster.participant(participant).map(Participant::name);
    }

    /** Today in the process's time zone, the default date of its categories. */
    public LocalDate today(Process process) {
        return LocalDate.now(clock.withZone(process.timeZone()));
    }
}
