package org.plenary.documents;

import org.plenary.documents.DocumentSymbol.Suffix;
import org.springframework.modulith.NamedInterface;

/** How a document relates to the one it follows: a revision replaces it, the others complete it. */
@NamedInterface("api")
public enum Relation {
    ORIGINAL(null), REVISION(Suffix.REVISION), CORRIGENDUM(Suffix.CORRIGENDUM), ADDENDUM(Suffix.ADDENDUM),
    AMENDMENT(Suffix.AMENDMENT);

    private final Suffix suffix;

    Relation(Suffix suffix) {
        this.suffix = suffix;
    }

    public Suffix suffix() {
        return suffix;
    }
}
