package org.plenary.decisions;

import java.util.List;
import org.plenary.processes.Process;
import org.plenary.shared.LanguageVersions;
import org.plenary.silence.Citation;

/**
 * A decision as readers see it: its text in each language it has, the statements attached to it, the earlier
 * decisions it revises or recalls ({@code cites}) and the drafts of later procedures that revise or recall it
 * ({@code citedBy}, circulated ones only).
 */
public record DecisionView(Process process, Decision decision, LanguageVersions<String> texts,
        List<Statement> statements, List<Citation> cites, List<Citation> citedBy) {
}
