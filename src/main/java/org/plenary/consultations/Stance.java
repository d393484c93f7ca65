package org.plenary.consultations;

/** What a delegation says of an element; saying nothing is no position. */
public enum Stance {
    RETAIN, AMEND, DELETE
}
