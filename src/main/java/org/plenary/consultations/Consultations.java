package org.plenary.consultations;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.Actor;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads consultations: any signed-in person sees those of a process (the elements and questions are what the
 * delegations are asked about); a delegate sees what its own participant submitted, and its history.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class Consultations {

    private final Processes processes;
    private final ConsultationRepository consultations;
    private final SubmissionRepository submissions;
    private final RevisionRepository revisions;
    private final ConsultationVersionRepository versions;
    private final Clock clock;

    Consultations(Processes processes, ConsultationRepository consultations, SubmissionRepository submissions,
            RevisionRepository revisions, ConsultationVersionRepository versions, Clock clock) {
        this.processes = processes;
        this.consultations = consultations;
        this.versions = versions;
        this.submissions = submissions;
        this.revisions = revisions;
        this.clock = clock;
    }

    /** One version of a submission as it was submitted: who, when, and its content as JSON. */
    public record Version(int version, Instant submittedAt, String submittedBy,
            @JsonRawValue String content) {
    }

    public List<Consultation> of(Process process) {
        return consultations.byProcess(process.id());
    }

    public Consultation require(Process process, ConsultationId id) {
        return consultations.find(id).filter(c -> c.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Consultation", id));
    }

    /** The consultation's original language and its versions (title, elements, questions) in other languages. */
    public LanguageVersions<ConsultationText> versions(Consultation consultation) {
        return versions.of(consultation);
    }

    /** The titles of the process's consultations that have a version in {@code language}, by consultation id. */
    public Map<UUID, String> titles(Process process, String language) {
        return versions.titles(process.id(), language);
    }

    public ConsultationStatus status(Consultation consultation) {
        return consultation.status(clock.instant());
    }

    /** Why the officers closed the consultation early, when they gave a reason. */
    public Optional<String> closingReason(Consultation consultation) {
        return consultations.closingReason(consultation.id());
    }

    /** What the delegate's participant currently says, if it said anything. */
    public Optional<Submission> mine(Process process, ConsultationId id) {
        Consultation consultation = require(process, id);
        return submissions.of(consultation.id(), delegate().participantId());
    }

    /** How many participants have submitted views, for the officers of the process. */
    public int respondents(Process process, ConsultationId id) {
        ConsultationPolicy.mayRun(processes.roleOf(process.id(), Actor.require())).orForbid();
        return submissions.all(require(process, id).id()).size();
    }

    /** Every version the delegate's participant submitted, newest first. */
    public List<Version> myHistory(Process process, ConsultationId id) {
        Consultation consultation = require(process, id);
        return submissions.history(consultation.id(), delegate().participantId()).stream()
                .map(v -> new Version(v.version(), v.submittedAt(), v.submittedBy(), v.content())).toList();
    }

    /** Every version a participant submitted, newest first: who changed what, when; for the officers. */
    public List<Version> history(Process process, ConsultationId id, ParticipantId participant) {
        ConsultationPolicy.mayRun(processes.roleOf(process.id(), Actor.require())).orForbid();
        Consultation consultation = require(process, id);
        return submissions.history(consultation.id(), participant.value()).stream()
                .map(v -> new Version(v.version(), v.submittedAt(), v.submittedBy(), v.content())).toList();
    }

    /** The revision drafted from the consultation, for the officers of the process. */
    public Optional<Revision> revision(Process process, ConsultationId id) {
        ConsultationPolicy.mayRun(processes.roleOf(process.id(), Actor.require())).orForbid();
        return revisions.find(require(process, id).id());
    }

    /** Every view of the consultation a revision may cite, by id: positions and missing elements proposed. */
    public Map<UUID, Revision.Cited> citable(Process process, ConsultationId id) {
        ConsultationPolicy.mayRun(processes.roleOf(process.id(), Actor.require())).orForbid();
        Map<UUID, Revision.Cited> cited = new HashMap<>();
        for (Submission s : submissions.all(require(process, id).id())) {
            s.positions().forEach(p -> cited.put(p.id(), new Revision.Cited(p.id(), s.participantName(),
                    p.stance().name(), p.proposedText())));
            s.missing().forEach(m -> cited.put(m.id(), new Revision.Cited(m.id(), s.participantName(), "MISSING",
                    m.text())));
        }
        return cited;
    }

    /** Whether the signed-in person is an officer of the process, who runs its consultations. */
    public boolean runs(Process process) {
        return Actor.current().flatMap(a -> processes.roleOf(process.id(), a)).isPresent();
    }

    private static Actor delegate() {
        Actor actor = Actor.require();
        if (!actor.delegate()) {
            throw new ForbiddenException(ConsultationPolicy.DELEGATES);
        }
        return actor;
    }
}
