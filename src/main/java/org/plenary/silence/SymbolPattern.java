package org.plenary.silence;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.TextInput;

/**
 * The pattern of the symbols of a process's draft decisions, such as {@code ATT/CSP6/2020/DEC.{n}}: fixed text
 * around {@code {n}}, which stands for the decision's number (1, 2, …).
 */
public record SymbolPattern(String pattern) {

    /** Where the number goes. */
    public static final String NUMBER = "{n}";

    /** The longest pattern, in characters. */
    public static final int MAX = 90;

    /** The pattern as given, checked: one line, at most {@link #MAX} characters, {@code {n}} exactly once. */
    public static SymbolPattern parse(String field, String text) {
        String pattern = TextInput.line(field, text, MAX);
        if (pattern.indexOf(NUMBER) < 0 || pattern.indexOf(NUMBER) != pattern.lastIndexOf(NUMBER)) {
            throw InvalidInputException.of(field, "A symbol pattern holds {n}, where the number goes, exactly once "
                    + "(ATT/CSP6/2020/DEC.{n}); '" + pattern + "' does not");
        }
        return new SymbolPattern(pattern);
    }

    /** The symbol of number {@code n}. */
    public String symbol(int n) {
        return pattern.replace(NUMBER, Integer.toString(n));
    }

    /** The number of a symbol that follows the pattern; empty for one that does not. */
    public OptionalInt number(String symbol) {
        Matcher m = regex().matcher(symbol);
        if (!m.matches()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        } catch (NumberFormatException tooLong) {
            return OptionalInt.empty();
        }
    }

    private Pattern regex() {
        int at = pattern.indexOf(NUMBER);
        return Pattern.compile(Pattern.quote(pattern.substring(0, at)) + "([1-9][0-9]{0,8})"
                + Pattern.quote(pattern.substring(at + NUMBER.length())));
    }
}
