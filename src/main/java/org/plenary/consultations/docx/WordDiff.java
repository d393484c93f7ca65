package org.plenary.consultations.docx;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word-level changes that turn a base text into a proposed text (java-diff-utils' Myers diff over words,
 * spaces and punctuation marks): what a compilation shows as insertions and deletions, and what a DOCX writes as
 * tracked revisions. Joining the texts of the unchanged and deleted runs gives the base text back; joining the
 * unchanged and inserted runs gives the proposed text.
 */
public final class WordDiff {

    /** A word (with inner apostrophes or hyphens, or a possessive one), a run of spaces, or any other character. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*['’]?|\\s+|.",
            Pattern.DOTALL);

    public enum Kind {
        SAME, INSERTED, DELETED
    }

    /** A run of text that is unchanged, inserted or deleted. */
    public record Change(Kind kind, String text) {
    }

    private WordDiff() {
    }

    /** The changes from {@code base} to {@code proposed}, adjacent runs of one kind joined; a deletion comes first. */
    public static List<Change> between(String base, String proposed) {
        List<String> from = tokens(base);
        List<String> to = tokens(proposed);
        List<Change> changes = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            int at = delta.getSource().getPosition();
            add(changes, Kind.SAME, from.subList(position, at));
            add(changes, Kind.DELETED, delta.getSource().getLines());
            add(changes, Kind.INSERTED, delta.getTarget().getLines());
            position = at + delta.getSource().size();
        }
        add(changes, Kind.SAME, from.subList(position, from.size()));
        return readable(changes);
    }

    /**
     * Joins the changes that only a space separates ("as soon as possible" → "within ten years" rather than three
     * word swaps): each stretch of changes becomes one deletion followed by one insertion.
     */
    private static List<Change> readable(List<Change> runs) {
        List<Change> result = new ArrayList<>();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            Change run = runs.get(i);
            boolean between = i > 0 && i < runs.size() - 1 && run.text().isBlank();
            if (run.kind() == Kind.SAME && !between) {
                flush(result, deleted, inserted);
                result.add(run);
            } else {
                if (run.kind() != Kind.INSERTED) {
                    deleted.append(run.text());
                }
                if (run.kind() != Kind.DELETED) {
                    inserted.append(run.text());
                }
            }
        }
        flush(result, deleted, inserted);
        return List.copyOf(result);
    }

    private static void flush(List<Change> result, StringBuilder deleted, StringBuilder inserted) {
        if (!deleted.isEmpty()) {
            result.add(new Change(Kind.DELETED, deleted.toString()));
        }
        if (!inserted.isEmpty()) {
            result.add(new Change(Kind.INSERTED, inserted.toString()));
        }
        deleted.setLength(0);
        inserted.setLength(0);
    }

    /** Whether the proposed text differs from the base text in more than spacing. */
    public static boolean changes(String base, String proposed) {
        return !normalised(base).equals(normalised(proposed));
    }

    private static String normalised(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static void add(List<Change> changes, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        int last = changes.size() - 1;
        if (last >= 0 && changes.get(last).kind() == kind) {
            changes.set(last, new Change(kind, changes.get(last).text() + text));
        } else {
            changes.add(new Change(kind, text));
        }
    }
}
