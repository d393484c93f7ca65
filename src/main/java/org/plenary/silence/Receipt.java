package org.plenary.silence;

/**
 * The receipt of an answer: the answer as recorded (its reference, time of receipt and audit entry), and
 * whether the request only repeated an earlier one with the same idempotency key.
 */
public record Receipt(Response response, boolean repeated) {
}
