package org.plenary.consultations;

/** A numbered text of a consultation: an element ({@code 12 (d)}) or a guiding question ({@code Q1}). */
public record NumberedText(String ref, String text) {
}
