package org.plenary.decisions;

import java.util.List;
import org.plenary.processes.Process;
import org.plenary.shared.LanguageVersions;

/** A decision as readers see it: its text in each language it has, and the statements attached to it. */
public record DecisionView(Process process, Decision decision, LanguageVersions<String> texts,
        List<Statement> statements) {
}
