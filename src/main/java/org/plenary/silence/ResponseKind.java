package org.plenary.silence;

/** What a delegation sends in answer to a silence procedure. */
public enum ResponseKind {
    OBJECTION, AMENDMENT, COMMENT
}
