package org.plenary.consultations;

/** Where a consultation stands, derived from its opening and closing times and the clock. */
public enum ConsultationStatus {
    SCHEDULED, OPEN, CLOSED
}
