package org.plenary.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.Roster;
import org.plenary.roster.Standing;
import org.plenary.shared.Actor;
import org.plenary.shared.ContentLanguages;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.plenary.silence.DraftCitations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the register of decisions of a process. Decisions are public, as the procedures that adopted them are:
 * anybody may read them, their statements and their PDFs.
 */
@Service
@Transactional(readOnly = true)
public class Decisions {

    /** The longest search text, in characters. */
    static final int MAX_QUERY = 200;

    private final DecisionRepository decisions;
    private final Processes processes;
    private final Roster roster;
    private final DraftCitations citations;

    Decisions(DecisionRepository decisions, Processes processes, Roster roster, DraftCitations citations) {
        this.citations = citations;
        this.decisions = decisions;
        this.processes = processes;
        this.roster = roster;
    }

    /** Whether {@code reader} may attach statements to the decisions of the process (the period aside). */
    public boolean mayAttachStatements(Process process, Optional<Actor> reader) {
        return reader.filter(Actor::delegate).map(a -> DecisionPolicy.mayAttachStatement(a, roster.standing(
                new ParticipantId(a.participantId()), process.treaty(), processes.today(process))
                .map(Standing::category)).allowed()).orElse(false);
    }

    /** Whether {@code reader} may set the period for statements: an officer of the process. */
    public boolean maySetPeriod(Process process, Optional<Actor> reader) {
        return reader.map(a -> DecisionPolicy.maySetPeriod(processes.roleOf(process.id(), a)).allowed())
                .orElse(false);
    }

    /** The register, latest first; with a {@code query} (one line), the decisions that contain it in any language. */
    public List<RegisterEntry> register(Process process, String query) {
        String q = TextInput.optionalLine("q", query, MAX_QUERY);
        Map<UUID, List<String>> versions = decisions.versionLanguages(process.id());
        return decisions.list(process.id(), q).stream().map(d -> {
            List<String> languages = new ArrayList<>(List.of(d.originalLanguage()));
            ContentLanguages.OFFICIAL.stream().filter(versions.getOrDefault(d.id().value(), List.of())::contains)
                    .forEach(languages::add);
            return new RegisterEntry(d, languages);
        }).toList();
    }

    /** The decision with its texts and statements; 404 when the process has no such decision. */
    public DecisionView require(Process process, DecisionId id) {
        Decision d = decisions.find(process.id(), id).orElseThrow(() -> new NotFoundException("Decision", id));
        return new DecisionView(process, d, new LanguageVersions<>(d.originalLanguage(), d.text(),
                decisions.versions(id)), decisions.statements(id), citations.citesOf(d.draft()),
                citations.citing(d.draft()));
    }
}
