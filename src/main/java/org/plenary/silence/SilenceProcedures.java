package org.plenary.silence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads procedures as the caller may see them: the officers of the process every procedure, drafts included;
 * anybody else the circulated ones (a draft does not exist for them). The answers received are shown to signed-in
 * readers; the public sees proposals, deadlines and outcomes.
 */
@Service
@Transactional(readOnly = true)
public class SilenceProcedures {

    private final Processes processes;
    private final ProcedureRepository procedures;
    private final DraftRepository drafts;
    private final ProcedureVersionRepository versions;
    private final SilenceNotices notices;

    SilenceProcedures(Processes processes, ProcedureRepository procedures, DraftRepository drafts,
            ProcedureVersionRepository versions,
            SilenceNotices notices) {
        this.processes = processes;
        this.procedures = procedures;
        this.drafts = drafts;
        this.versions = versions;
        this.notices = notices;
    }

    /** The subjects of the process's procedures that have a version in {@code language}, by procedure id. */
    public Map<UUID, String> subjects(Process process, String language) {
        return versions.subjects(process.id(), language);
    }

    public List<SilenceProcedure> visible(Process process) {
        boolean officer = officer(process);
        return procedures.byProcess(process.id()).stream()
                .filter(p -> officer || p.status() != ProcedureStatus.DRAFT).toList();
    }

    public SilenceProcedure require(Process process, SilenceProcedureId id) {
        boolean officer = officer(process);
        return procedures.find(id).filter(p -> p.process().equals(process.id()))
                .filter(p -> officer || p.status() != ProcedureStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("Silence procedure", id));
    }

    /** The procedure with its eligible States and its answers. */
    public ProcedureView view(Process process, SilenceProcedureId id) {
        SilenceProcedure procedure = require(process, id);
        return ProcedureView.of(process, procedure, versions.of(procedure), procedures.eligible(id),
                procedures.responses(id), drafts.of(id), drafts.reached(id));
    }

    /** For its officers, how far the circulation of a circulated procedure reached; empty for anyone else. */
    public Optional<SilenceNotices.Circulation> circulation(Process process, SilenceProcedure procedure) {
        if (procedure.status() == ProcedureStatus.DRAFT || !officer(process)) {
            return Optional.empty();
        }
        return notices.circulation(procedure.id());
    }

    /** Whether the caller is an officer of the process (who runs its procedures). */
    public boolean officer(Process process) {
        return Actor.current().flatMap(a -> processes.roleOf(process.id(), a)).isPresent();
    }

    /** The answer with this receipt reference, in a procedure the caller may see. */
    public Optional<Response> response(SilenceProcedure procedure, String reference) {
        try {
            return procedures.response(UUID.fromString(reference))
                    .filter(r -> r.procedure().equals(procedure.id()));
        } catch (IllegalArgumentException notAReference) {
            return Optional.empty();
        }
    }
}
