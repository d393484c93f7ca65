package org.plenary.contacts;

/** What an address is to its State or organisation. */
public enum ContactRole {
    MISSION, FOCAL_POINT, CAPITAL, OTHER
}
