package org.plenary.silence;

import org.springframework.modulith.NamedInterface;

/**
 * Where one draft decision of a procedure stands: open until the deadline, then adopted at the deadline, not
 * adopted as soon as a valid objection reaches it, or withdrawn with its procedure.
 */
@NamedInterface("api")
public enum DraftStatus {
    OPEN, ADOPTED, NOT_ADOPTED, WITHDRAWN
}
