package org.plenary.correspondence;

import org.springframework.modulith.NamedInterface;

/** Where one e-mail of a letter stands: waiting in the outbox, delivered to the mail server, or failing. */
@NamedInterface("api")
public enum DispatchStatus {
    QUEUED, SENT, FAILED
}
