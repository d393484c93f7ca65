package org.plenary.consultations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.consultations.Revision.Origin;
import org.plenary.consultations.Revision.RevisedElement;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts (or redrafts) the revised text of a closed consultation: per element keep the base text, take a proposed
 * text, write another or delete it; add elements after a given one (several after one element keep the order
 * given). Elements left out keep their base text.
 * Every change names the positions or missing proposals that motivated it; taking a proposal cites it.
 */
@Service
public class DraftRevision {

    public record Choice(String ref, Origin take, UUID positionId, String text, List<UUID> motivatedBy) {
    }

    public record Addition(String ref, String after, String text, List<UUID> motivatedBy) {
    }

    public record Command(ProcessId process, ConsultationId consultation, List<Choice> elements, List<Addition> added) {
    }

    private final Processes processes;
    private final ConsultationRepository consultations;
    private final RevisionRepository revisions;
    private final AuditLog audit;
    private final Clock clock;

    DraftRevision(Processes processes, ConsultationRepository consultations, RevisionRepository revisions,
            AuditLog audit, Clock clock) {
        this.processes = processes;
        this.consultations = consultations;
        this.revisions = revisions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Revision execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        ConsultationPolicy.mayRevise(processes.roleOf(process.id(), actor)).orForbid();
        Consultation consultation = consultations.lock(c.consultation()).filter(x -> x.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Consultation", c.consultation()));
        if (consultation.status(clock.instant()) != ConsultationStatus.CLOSED) {
            throw new ConflictException("The revision is drafted once the consultation has closed");
        }
        if (revisions.find(consultation.id()).filter(r -> r.status() == Revision.Status.ISSUED).isPresent()) {
            throw new ConflictException("The revision has been issued already");
        }
        Map<UUID, RevisionRepository.PositionRef> positions = revisions.positions(consultation.id());
        Set<UUID> missing = new HashSet<>(revisions.missing(consultation.id()));
        Map<String, RevisedElement> chosen = new HashMap<>();
        List<Choice> choices = c.elements() == null ? List.of() : c.elements();
        for (int i = 0; i < choices.size(); i++) {
            String field = "elements[" + i + "]";
            Choice choice = choices.get(i);
            String ref = choice == null || choice.ref() == null ? "" : choice.ref().strip();
            NumberedText base = consultation.element(ref).orElseThrow(() -> InvalidInputException.of(field + ".ref",
                    "'" + ref + "' is not an element of the consultation"));
            if (chosen.containsKey(ref)) {
                throw InvalidInputException.of(field + ".ref", "Element " + ref + " is revised twice");
            }
            Set<UUID> cited = new LinkedHashSet<>();
            Origin take = choice.take() == null ? Origin.BASE : choice.take();
            String text = switch (take) {
                case BASE -> base.text();
                case DELETED -> null;
                case OWN -> TextInput.lines(field + ".text", choice.text(), ConsultationTexts.MAX_TEXT);
                case PROPOSAL -> {
                    RevisionRepository.PositionRef p = positions.get(choice.positionId());
                    if (p == null || p.stance() != Stance.AMEND || !p.element().equals(ref)) {
                        throw InvalidInputException.of(field + ".positionId", "Not an amendment of element " + ref);
                    }
                    cited.add(p.id());
                    yield p.proposedText();
                }
                case ADDED -> throw InvalidInputException.of(field + ".take", "BASE, PROPOSAL, OWN or DELETED");
            };
            for (UUID id : choice.motivatedBy() == null ? List.<UUID>of() : choice.motivatedBy()) {
                RevisionRepository.PositionRef p = positions.get(id);
                if (p == null || !p.element().equals(ref)) {
                    throw InvalidInputException.of(field + ".motivatedBy", "Not a position on element " + ref);
                }
                cited.add(id);
            }
            chosen.put(ref, new RevisedElement(ref, take, text, List.copyOf(cited), List.of()));
        }
        List<RevisedElement> elements = new ArrayList<>();
        for (NumberedText base : consultation.elements()) {
            elements.add(chosen.getOrDefault(base.ref(),
                    new RevisedElement(base.ref(), Origin.BASE, base.text(), List.of(), List.of())));
        }
        add(elements, c.added(), positions, missing);
        Revision revision = new Revision(consultation.id(), Revision.Status.DRAFT, null, clock.instant(),
                actor.username(), null, List.copyOf(elements));
        revisions.save(revision);
        audit.record(AuditRecord.changed("consultations.revision.drafted", "consultation", consultation.id(),
                process.id().value(), null, Map.of("elements", elements.stream()
                        .filter(RevisedElement::changed).map(e -> e.ref() + ": " + e.origin()).toList())));
        return revisions.find(consultation.id()).orElseThrow();
    }

    private static void add(List<RevisedElement> elements, List<Addition> additions,
            Map<UUID, RevisionRepository.PositionRef> positions, Set<UUID> missing) {
        List<Addition> given = additions == null ? List.of() : additions;
        for (int i = 0; i < given.size(); i++) {
            String field = "added[" + i + "]";
            Addition a = given.get(i);
            if (a == null) {
                throw InvalidInputException.of(field, "Required");
            }
            String ref = ConsultationTexts.ref(field + ".ref", a.ref());
            if (elements.stream().anyMatch(e -> e.ref().equals(ref))) {
                throw InvalidInputException.of(field + ".ref", "The reference '" + ref + "' is used already");
            }
            String text = TextInput.lines(field + ".text", a.text(), ConsultationTexts.MAX_TEXT);
            int at = elements.size();
            if (a.after() != null && !a.after().isBlank()) {
                String after = a.after().strip();
                int index = -1;
                for (int j = 0; j < elements.size(); j++) {
                    index = elements.get(j).ref().equals(after) ? j : index;
                }
                if (index < 0) {
                    throw InvalidInputException.of(field + ".after", "'" + after + "' is not an element of the revision");
                }
                at = index + 1;
                while (at < elements.size() && elements.get(at).origin() == Origin.ADDED) {
                    at++;
                }
            }
            List<UUID> cites = new ArrayList<>();
            List<UUID> proposals = new ArrayList<>();
            for (UUID id : a.motivatedBy() == null ? List.<UUID>of() : a.motivatedBy()) {
                if (missing.contains(id)) {
                    proposals.add(id);
                } else if (positions.containsKey(id)) {
                    cites.add(id);
                } else {
                    throw InvalidInputException.of(field + ".motivatedBy", "Not a view given in the consultation");
                }
            }
            elements.add(at, new RevisedElement(ref, Origin.ADDED, text, List.copyOf(new LinkedHashSet<>(cites)),
                    List.copyOf(new LinkedHashSet<>(proposals))));
        }
    }
}
