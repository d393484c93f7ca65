package org.plenary.silence;

import org.springframework.modulith.NamedInterface;

/**
 * The answer of the module that an adopted procedure's effect concerns (meetings, for a meeting to move): what
 * became of the effect, in a sentence for the outcome letter ("The meeting … is moved to …", or why it could not).
 * Declared here, published there, so that silence learns the result without depending on that module.
 */
@NamedInterface("api")
public record EffectApplied(SilenceProcedureId procedure, String result) {
}
