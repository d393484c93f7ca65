package org.plenary.documents;

/** A language version of a document that matches a search, with a snippet where the words were found. */
public record SearchHit(DocumentId document, String language, double rank, String snippet) {
}
