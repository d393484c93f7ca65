package org.plenary.consultations;

import org.springframework.modulith.NamedInterface;

/** Where a consultation stands, derived from its opening and closing times and the clock. */
@NamedInterface("api")
public enum ConsultationStatus {
    SCHEDULED, OPEN, CLOSED
}
