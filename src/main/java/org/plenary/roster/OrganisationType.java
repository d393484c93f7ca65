package org.plenary.roster;

import org.springframework.modulith.NamedInterface;

/** What kind of organisation an observer organisation is. */
@NamedInterface("api")
public enum OrganisationType {
    INTERNATIONAL_ORGANISATION, UN_BODY, NON_GOVERNMENTAL_ORGANISATION, OTHER
}
