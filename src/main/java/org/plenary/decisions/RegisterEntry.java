package org.plenary.decisions;

import java.util.List;

/** A line of the register: the decision and the languages its text exists in, the original first. */
public record RegisterEntry(Decision decision, List<String> languages) {
}
