package org.plenary.documents.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A search snippet cut into its parts: the words the search found (between « and » as the database marks
 * them) and the text around them. The template writes each part escaped, marking only the found words,
 * so nothing of a document's text ever becomes markup.
 */
public record Snippet(String language, List<Part> parts) {

    public record Part(String text, boolean found) {
    }

    static Snippet of(String language, String snippet) {
        List<Part> parts = new ArrayList<>();
        String rest = snippet == null ? "" : snippet;
        while (!rest.isEmpty()) {
            int open = rest.indexOf('«');
            int close = open < 0 ? -1 : rest.indexOf('»', open + 1);
            if (open < 0 || close < 0) {
                parts.add(new Part(rest, false));
                break;
            }
            if (open > 0) {
                parts.add(new Part(rest.substring(0, open), false));
            }
            parts.add(new Part(rest.substring(open + 1, close), true));
            rest = rest.substring(close + 1);
        }
        return new Snippet(language, List.copyOf(parts));
    }
}
