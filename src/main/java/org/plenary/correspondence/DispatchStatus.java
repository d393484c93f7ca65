package org.plenary.correspondence;

/** Where one e-mail of a letter stands: waiting in the outbox, delivered to the mail server, or failing. */
public enum DispatchStatus {
    QUEUED, SENT, FAILED
}
