package org.plenary.correspondence;

import org.plenary.roster.Category;

/** To whom a letter goes, by category of participant on the day it is sent. */
public enum AddresseeGroup {
    STATES_PARTIES(Category.STATE_PARTY),
    SIGNATORY_STATES(Category.SIGNATORY_STATE),
    OBSERVER_STATES(Category.OBSERVER_STATE),
    OBSERVER_ORGANISATIONS(Category.OBSERVER_ORGANISATION);

    private final Category category;

    AddresseeGroup(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
