package org.plenary.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plenary.consultations.NumberedParagraphs.Paragraph;
import org.plenary.shared.InvalidInputException;

class NumberedParagraphsTest {

    @Test
    void reads_numbers_and_the_letters_under_the_last_number() {
        assertThat(NumberedParagraphs.fromText("""
                1. States Parties will clear all mined areas.
                2. States Parties will:
                (a) Report on progress;
                (b) Share information.
                3. The ISU will support them.
                """)).containsExactly(
                new Paragraph("1", "States Parties will clear all mined areas."),
                new Paragraph("2", "States Parties will:"),
                new Paragraph("2 (a)", "Report on progress;"),
                new Paragraph("2 (b)", "Share information."),
                new Paragraph("3", "The ISU will support them."));
    }

    @Test
    void accepts_sub_paragraphs_written_in_full_and_normalises_their_refs() {
        assertThat(NumberedParagraphs.fromText("""
                12 (d) Written in full;
                12(e) without a space;
                12. (f) after a dot;
                013. A leading zero.
                (g)Right after the bracket.
                """)).extracting(Paragraph::ref).containsExactly("12 (d)", "12 (e)", "12 (f)", "13", "13 (g)");
    }

    @Test
    void joins_continuation_lines_with_one_space_and_keeps_inner_punctuation() {
        assertThat(NumberedParagraphs.fromText("""
                1.  States Parties will mobilise
                    resources for   victim assistance,
                including 12.5 million for
                (see paragraph 4) the survivors.
                """)).containsExactly(new Paragraph("1", "States Parties will mobilise resources for victim "
                + "assistance, including 12.5 million for (see paragraph 4) the survivors."));
    }

    @Test
    void leaves_out_the_preamble_and_headings_after_a_blank_line() {
        assertThat(NumberedParagraphs.fromText("""
                Draft Lausanne Action Plan
                Submitted by the President

                I. Universalization

                1. States Parties will promote adherence.

                II. Victim assistance
                2. States Parties will assist the victims.
                """)).containsExactly(
                new Paragraph("1", "States Parties will promote adherence."),
                new Paragraph("2", "States Parties will assist the victims."));
    }

    @Test
    void a_number_that_only_introduces_its_letters_gives_no_paragraph_but_one_on_its_own_line_takes_the_next() {
        assertThat(NumberedParagraphs.fromText("""
                4.
                (a) First;
                (b) Second.
                5.
                The text of five.
                """)).containsExactly(new Paragraph("4 (a)", "First;"), new Paragraph("4 (b)", "Second."),
                new Paragraph("5", "The text of five."));
    }

    @Test
    void reads_windows_line_ends_tabs_and_non_breaking_spaces() {
        assertThat(NumberedParagraphs.fromText("1.\tFirst\r\n(a)\u00a0Sub\r\n\r\n2.\u00a0Second\r\n"))
                .containsExactly(new Paragraph("1", "First"), new Paragraph("1 (a)", "Sub"),
                        new Paragraph("2", "Second"));
    }

    @Test
    void a_letter_before_any_number_is_no_label() {
        assertThat(NumberedParagraphs.fromText("(a) Preamble\n1. First"))
                .containsExactly(new Paragraph("1", "First"));
    }

    @Test
    void refuses_a_ref_that_appears_twice() {
        assertThatThrownBy(() -> NumberedParagraphs.fromText("1. One\n2. Two\n1. One again"))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> {
                    assertThat(error).hasMessageContaining("Paragraph 1 ");
                    assertThat(error.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("text");
                });
        assertThatThrownBy(() -> NumberedParagraphs.fromText("3. Three\n3 (a) In full\n(a) Again"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Paragraph 3 (a) ");
        assertThatThrownBy(() -> NumberedParagraphs.fromText("3.\n(a) Sub\n3. The number again"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Paragraph 3 ");
    }

    @Test
    void refuses_a_text_without_numbered_paragraphs() {
        for (String text : new String[] {null, "", "  \n\n ", "A title\nand some prose, 12.5 million.", "7.\n\n"}) {
            assertThatThrownBy(() -> NumberedParagraphs.fromText(text)).as("%s", text)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("No numbered paragraph");
        }
    }

    @Test
    void reads_an_action_plan_in_the_style_of_the_lausanne_action_plan() {
        var paragraphs = NumberedParagraphs.fromText("""
                APLC/CONF/2020/WP.1

                Draft Lausanne Action Plan

                I. Best practices for implementing the Convention

                1. States Parties will ensure that the implementation of the Convention is
                integrated into national development plans, humanitarian response plans and
                human rights frameworks.

                2. States Parties will, as soon as possible and no later than the Twenty-first
                Meeting of the States Parties:
                (a) Establish or maintain a national mine action authority;
                (b) Develop evidence-based, costed and time-bound national strategies
                and work plans;
                (c) Report annually, in line with Article 7, on progress made.

                II. Survey and clearance of mined areas

                3. States Parties that have reported mined areas under their jurisdiction or
                control will identify the precise perimeter of those areas, to the extent
                possible, by 2022.
                3 (d) States Parties will make use of the “Guide to reporting” of the ISU.
                """);
        assertThat(paragraphs).extracting(Paragraph::ref)
                .containsExactly("1", "2", "2 (a)", "2 (b)", "2 (c)", "3", "3 (d)");
        assertThat(paragraphs.get(0).text()).isEqualTo("States Parties will ensure that the implementation of the "
                + "Convention is integrated into national development plans, humanitarian response plans and human "
                + "rights frameworks.");
        assertThat(paragraphs.get(3).text())
                .isEqualTo("Develop evidence-based, costed and time-bound national strategies and work plans;");
        assertThat(paragraphs.get(6).text()).isEqualTo("States Parties will make use of the “Guide to reporting” of the ISU.");
    }
}
