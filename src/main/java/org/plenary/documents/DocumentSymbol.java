package org.plenary.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.shared.InvalidInputException;
import org.springframework.modulith.NamedInterface;

/**
 * A United Nations document symbol such as {@code CCM/CONF/2020/WP.4} or {@code CCM/MSP/2011/WP.3/Rev.1/Amend.1}:
 * a series, then parts separated by slashes, then any stacked suffixes ({@code /Rev.n}, {@code /Corr.n},
 * {@code /Add.n}, {@code /Amend.n}). All language versions of a document share it.
 */
@NamedInterface("api")
public record DocumentSymbol(String value) {

    public static final int MAX_LENGTH = 120;

    /** The suffixes that stack on a symbol, in their UN spelling. */
    public enum Suffix {
        REVISION("Rev"), CORRIGENDUM("Corr"), ADDENDUM("Add"), AMENDMENT("Amend");

        private final String label;

        Suffix(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Optional<Suffix> ofLabel(String label) {
            return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
        }
    }

    private static final Pattern SERIES = Pattern.compile("[A-Z][A-Z0-9]{0,15}");
    private static final Pattern PART = Pattern.compile("[A-Z][A-Za-z]{0,15}(\\.\\d{1,4})?|\\d{1,4}");
    private static final Pattern SUFFIX = Pattern.compile("(Rev|Corr|Add|Amend)\\.(\\d{1,3})");
    private static final Pattern LIMITED = Pattern.compile("L\\.\\d{1,4}");

    /** Parses and validates a symbol; the message of a malformed one says what is wrong. */
    public static DocumentSymbol parse(String text) {
        String symbol = text == null ? "" : text.strip();
        if (symbol.isEmpty()) {
            throw invalid("A symbol is required, such as CCM/CONF/2020/WP.4");
        }
        if (symbol.length() > MAX_LENGTH) {
            throw invalid("A symbol has at most " + MAX_LENGTH + " characters");
        }
        if (symbol.contains(" ")) {
            throw invalid("A symbol has no spaces: '" + symbol + "'");
        }
        String[] parts = symbol.split("/", -1);
        if (parts.length < 2) {
            throw invalid("A symbol has a series and at least one more part separated by '/', such as CCM/CONF/2020/1");
        }
        if (!SERIES.matcher(parts[0]).matches()) {
            throw invalid("The series '" + parts[0] + "' must be capital letters or digits, such as CCM");
        }
        boolean inSuffixes = false;
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                throw invalid("The symbol '" + symbol + "' has an empty part (two slashes, or a slash at the end)");
            }
            if (!PART.matcher(parts[i]).matches()) {
                throw invalid("'" + parts[i] + "' is not a symbol part: use a number (2020, 1), a code (CONF, WP.4, L.1) "
                        + "or a suffix (Rev.1, Corr.1, Add.1, Amend.1)");
            }
            Matcher suffix = SUFFIX.matcher(parts[i]);
            if (suffix.matches()) {
                if (i == 1) {
                    throw invalid("A suffix follows the symbol of a document, such as CCM/CONF/2020/WP.4/Rev.1");
                }
                if (Integer.parseInt(suffix.group(2)) == 0) {
                    throw invalid("Suffix numbers start at 1: '" + parts[i] + "'");
                }
                inSuffixes = true;
            } else if (inSuffixes) {
                throw invalid("Only suffixes (Rev.n, Corr.n, Add.n, Amend.n) may follow a suffix: '" + parts[i] + "'");
            }
        }
        return new DocumentSymbol(symbol);
    }

    /** The symbol without its stacked suffixes: {@code CCM/MSP/2011/WP.3/Rev.1/Amend.1} → {@code CCM/MSP/2011/WP.3}. */
    public DocumentSymbol base() {
        List<String> parts = new ArrayList<>(List.of(value.split("/")));
        while (parts.size() > 1 && SUFFIX.matcher(parts.getLast()).matches()) {
            parts.removeLast();
        }
        return new DocumentSymbol(String.join("/", parts));
    }

    /** The number of the last suffix of this kind at the end of the symbol, if it ends with one. */
    public Optional<Integer> trailing(Suffix suffix) {
        String last = value.substring(value.lastIndexOf('/') + 1);
        Matcher m = SUFFIX.matcher(last);
        return m.matches() && Suffix.ofLabel(m.group(1)).orElseThrow() == suffix
                ? Optional.of(Integer.parseInt(m.group(2))) : Optional.empty();
    }

    /**
     * The symbol of the next revision: a revision replaces the text it revises, so {@code WP.4} and
     * {@code WP.4/Rev.1} both lead to the next {@code Rev}, never to {@code Rev.1/Rev.1}.
     */
    public DocumentSymbol nextRevision() {
        DocumentSymbol revised = withoutTrailing(Suffix.REVISION);
        return new DocumentSymbol(revised.value + "/Rev." + (trailing(Suffix.REVISION).orElse(0) + 1));
    }

    /** This symbol with a corrigendum, addendum or amendment number appended: {@code …/Rev.1/Amend.1}. */
    public DocumentSymbol with(Suffix suffix, int number) {
        return new DocumentSymbol(value + "/" + suffix.label() + "." + number);
    }

    /** Limited documents (drafts) carry an {@code L.} part: {@code CCM/CONF/2020/L.1}. */
    public boolean limited() {
        return Arrays.stream(value.split("/")).anyMatch(p -> LIMITED.matcher(p).matches());
    }

    private DocumentSymbol withoutTrailing(Suffix suffix) {
        return trailing(suffix).map(n -> new DocumentSymbol(value.substring(0, value.lastIndexOf('/')))).orElse(this);
    }

    private static InvalidInputException invalid(String message) {
        return InvalidInputException.of("symbol", message);
    }

    @Override
    public String toString() {
        return value;
    }
}
