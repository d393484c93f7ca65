package org.plenary.meetings;

/**
 * What a delegation asks the floor for on an agenda item: a statement (it joins the list of speakers), a point of
 * order (heard before the list) or a right of reply (heard at the end of the item, once the list is exhausted).
 */
public enum InterventionKind {
    STATEMENT, POINT_OF_ORDER, RIGHT_OF_REPLY
}
