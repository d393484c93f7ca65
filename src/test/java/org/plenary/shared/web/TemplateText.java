package org.plenary.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a JTE template that a reader would see or hear although no message key produced them:
 * what remains after removing JTE comments, directives, parameters, imports and expressions, HTML
 * comments and tags. Attributes that are shown or read out (title, alt, placeholder, aria-label) count
 * as text. The content blocks ({@code @`...`}) passed to other templates are text too.
 */
final class TemplateText {

    private static final Pattern SPOKEN_ATTRIBUTES = Pattern.compile(
            "(?i)\\s(?:title|alt|placeholder|aria-label|aria-description|aria-roledescription|aria-valuetext)"
                    + "\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final List<String> DIRECTIVES_WITH_ARGUMENTS = List.of("@if(", "@elseif(", "@for(", "@template.");
    private static final List<String> WORD_DIRECTIVES = List.of("@else", "@endif", "@endfor", "@raw", "@endraw");

    private final String source;
    private final StringBuilder out = new StringBuilder();

    private TemplateText(String source) {
        this.source = source;
    }

    /** The words of {@code template} that did not come from an expression. */
    static List<String> words(String template) {
        TemplateText text = new TemplateText(template);
        text.template(0, false);
        String html = text.out.toString().replaceAll("(?s)<!--.*?-->", " ");
        StringBuilder visible = new StringBuilder();
        Matcher spoken = SPOKEN_ATTRIBUTES.matcher(html);
        while (spoken.find()) {
            visible.append(' ').append(spoken.group(1), 1, spoken.group(1).length() - 1);
        }
        visible.append(' ').append(html.replaceAll("(?s)<[^>]*>", " ").replaceAll("&#?\\w+;", " "));
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(visible);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /** Copies text from {@code i} on; inside a content block, up to its closing backtick. Returns the next index. */
    private int template(int i, boolean inContent) {
        while (i < source.length()) {
            char c = source.charAt(i);
            if (inContent && c == '`') {
                return i + 1;
            } else if (source.startsWith("<%--", i)) {
                int end = source.indexOf("--%>", i);
                i = end < 0 ? source.length() : end + 4;
            } else if (source.startsWith("${", i) || source.startsWith("!{", i)) {
                i = code(i + 1);
            } else if (source.startsWith("$unsafe{", i)) {
                i = code(i + 7);
            } else if (source.startsWith("@`", i)) {
                i = template(i + 2, true);
            } else if (source.startsWith("@import", i) || source.startsWith("@param", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end + 1;
            } else if (startsWithAny(DIRECTIVES_WITH_ARGUMENTS, i)) {
                i = code(source.indexOf('(', i));
            } else if (startsWithAny(WORD_DIRECTIVES, i)) {
                i++;
                while (i < source.length() && Character.isLetter(source.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return i;
    }

    /**
     * Skips Java code that starts with an opening bracket at {@code i}, up to the matching closing one,
     * past string literals; content blocks inside it are text. Returns the index after it.
     */
    private int code(int i) {
        int depth = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = literalEnd(i, c);
                continue;
            }
            if (source.startsWith("@`", i)) {
                i = template(i + 2, true);
                continue;
            }
            if (c == '(' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return i;
    }

    private int literalEnd(int i, char quote) {
        i++;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    private boolean startsWithAny(List<String> prefixes, int i) {
        return prefixes.stream().anyMatch(p -> source.startsWith(p, i));
    }
}
