package org.plenary.consultations.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.consultations.NumberedText;

class TypedParagraphsTest {

    @Test
    void readsNumbersWithLettersAndContinuationLines() {
        assertThat(TypedParagraphs.parse("""
                1. Clear all remnants
                   as soon as possible.

                12 (d) Report annually.
                Q1 Which indicators?
                """)).containsExactly(new NumberedText("1", "Clear all remnants as soon as possible."),
                new NumberedText("12 (d)", "Report annually."), new NumberedText("Q1", "Which indicators?"));
    }

    @Test
    void keepsDuplicatesAndEmptyTextsForTheOperationToRefuse() {
        assertThat(TypedParagraphs.parse("1. One\n1. Again\n2.")).extracting(NumberedText::ref)
                .containsExactly("1", "1", "2");
    }
}
