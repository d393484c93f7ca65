package org.plenary.roster;

/** What kind of organisation an observer organisation is. */
public enum OrganisationType {
    INTERNATIONAL_ORGANISATION, UN_BODY, NON_GOVERNMENTAL_ORGANISATION, OTHER
}
