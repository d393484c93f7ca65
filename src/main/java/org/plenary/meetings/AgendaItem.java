package org.plenary.meetings;

/** An item of an agenda with its label: {@code 5}, or {@code 5 (b)} for a sub-item of item 5. */
public record AgendaItem(String label, String parent, String title) {
}
