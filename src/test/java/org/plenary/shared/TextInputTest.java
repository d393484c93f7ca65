package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void aLineIsStrippedAndHoldsNoControlCharacter() {
        assertThat(TextInput.line("title", "  Review Conference ", 300)).isEqualTo("Review Conference");
        for (String bad : new String[] {"a\tb", "a\nb", "a\u0000b", "a\u007fb", "a\u0085b"}) {
            assertThatThrownBy(() -> TextInput.line("title", bad, 300)).isInstanceOf(InvalidInputException.class)
                    .hasMessage("'title' must be one line of text, without control characters");
        }
    }

    @Test
    void linesKeepTabsAndLineBreaksAndMakeCarriageReturnsLineFeeds() {
        assertThat(TextInput.lines("body", "Excellency,\r\n\r\n\tText\rEnd\n", 100))
                .isEqualTo("Excellency,\n\n\tText\nEnd");
        assertThatThrownBy(() -> TextInput.lines("body", "a\u0000b", 100))
                .hasMessage("'body' may not hold control characters other than tabs and line breaks");
    }

    @Test
    void aTextIsRequiredAndHasAMaximumLength() {
        assertThatThrownBy(() -> TextInput.line("title", " ", 3)).hasMessage("'title' is required");
        assertThatThrownBy(() -> TextInput.lines("body", null, 3)).hasMessage("'body' is required");
        assertThatThrownBy(() -> TextInput.line("title", "abcd", 3))
                .hasMessage("'title' may have at most 3 characters (4 given)");
        assertThat(TextInput.optionalLine("title", " ", 3)).isNull();
        assertThat(TextInput.optionalLines("body", null, 3)).isNull();
        InvalidInputException refused = (InvalidInputException) org.assertj.core.api.Assertions
                .catchThrowable(() -> TextInput.line("subject", "a\u0000", 3));
        assertThat(refused.errors()).containsExactly(new InvalidInputException.FieldError("subject",
                "'subject' must be one line of text, without control characters"));
    }
}
