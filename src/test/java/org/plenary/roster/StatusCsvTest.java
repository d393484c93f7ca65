package org.plenary.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.shared.InvalidInputException;

/** The parsing half of the CSV import: every bad input is refused naming its line. */
class StatusCsvTest {

    private static InvalidInputException refusal(String csv) {
        return catchThrowableOfType(InvalidInputException.class, () -> ImportTreatyStatuses.parse(csv));
    }

    @Test
    void readsRowsWithTheirLineNumbers() {
        List<ImportTreatyStatuses.Row> rows = ImportTreatyStatuses.parse("""
                name,iso3,status,since
                Niue,niu,state_party,2020-08-06
                Angola,,SIGNATORY,2008-12-03
                """);

        assertThat(rows).extracting(ImportTreatyStatuses.Row::line).containsExactly(2L, 3L);
        assertThat(rows.getFirst().iso3()).isEqualTo("NIU");
        assertThat(rows.getFirst().status()).isEqualTo(TreatyStatus.STATE_PARTY);
        assertThat(rows.getFirst().since()).isEqualTo(LocalDate.of(2020, 8, 6));
        assertThat(rows.get(1).iso3()).isNull();
    }

    @Test
    void acceptsColumnsInAnyOrderAndIgnoresExtraOnes() {
        List<ImportTreatyStatuses.Row> rows = ImportTreatyStatuses.parse("""
                since,Status,note,ISO3,Name
                2020-09-15,STATE_PARTY,110th,LCA,Saint Lucia
                """);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Saint Lucia");
            assertThat(row.iso3()).isEqualTo("LCA");
        });
    }

    @Test
    void rejectsAnEmptyBody() {
        assertThat(refusal("  ").errors()).extracting(InvalidInputException.FieldError::field).containsExactly("body");
    }

    @Test
    void rejectsAHeaderWithoutTheRequiredColumns() {
        assertThat(refusal("name,status,since\nNiue,STATE_PARTY,2020-08-06\n")).hasMessageStartingWith("Line 1:");
    }

    @Test
    void rejectsAHeaderWithoutRows() {
        assertThat(refusal("name,iso3,status,since\n")).hasMessageStartingWith("Line 2:");
    }

    @Test
    void namesTheLineOfAnUnknownStatus() {
        assertThat(refusal("name,iso3,status,since\nNiue,NIU,STATE_PARTY,2020-08-06\nCyprus,CYP,MEMBER,2009-09-23\n"))
                .hasMessageStartingWith("Line 3:").hasMessageContaining("STATE_PARTY, SIGNATORY or NONE");
    }

    @Test
    void namesTheLineOfAnInvalidDate() {
        assertThat(refusal("name,iso3,status,since\nNiue,NIU,STATE_PARTY,6 August 2020\n"))
                .hasMessageStartingWith("Line 2:").hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void namesTheLineOfAnInvalidCode() {
        InvalidInputException e = refusal("name,iso3,status,since\nNiue,NIUE,STATE_PARTY,2020-08-06\n");
        assertThat(e).hasMessageStartingWith("Line 2:");
        assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("line 2");
    }

    @Test
    void namesTheLineOfAMissingName() {
        assertThat(refusal("name,iso3,status,since\n,NIU,STATE_PARTY,2020-08-06\n")).hasMessageStartingWith("Line 2:");
    }

    @Test
    void namesTheLineOfARowWithTooFewColumns() {
        assertThat(refusal("name,iso3,status,since\nNiue,NIU,STATE_PARTY\n")).hasMessageStartingWith("Line 2:")
                .hasMessageContaining("columns");
    }

    @Test
    void namesTheLineOfARepeatedRow() {
        assertThat(refusal("name,iso3,status,since\nNiue,NIU,NONE,2020-08-06\nNiue,NIU,STATE_PARTY,2020-08-06\n"))
                .hasMessageStartingWith("Line 3:");
    }

    @Test
    void rejectsAHeaderThatNamesAColumnTwice() {
        assertThat(refusal("name,name,iso3,status,since\nNiue,Niue,NIU,STATE_PARTY,2020-08-06\n"))
                .hasMessageStartingWith("Line 1:").hasMessageContaining("twice");
    }

    @Test
    void rejectsAHeaderWithAnEmptyColumnName() {
        assertThat(refusal("name,iso3,status,since,\nNiue,NIU,STATE_PARTY,2020-08-06,\n")).hasMessageStartingWith("Line 1:");
    }

    @Test
    void countsBlankLinesAndQuotedLineBreaksWhenNamingALine() {
        String csv = "name,iso3,status,since\n\nNiue,NIU,STATE_PARTY,2020-08-06\n\"Saint\nLucia\",LCA,NONE,2020-01-01\n"
                + "Cyprus,CYP,SIGNATORY,2009-13-01";

        assertThat(refusal(csv)).hasMessageStartingWith("Line 6:");
    }

    @Test
    void rejectsAnUnclosedQuoteAsInvalidInput() {
        assertThat(refusal("name,iso3,status,since\n\"Niue,NIU,STATE_PARTY,2020-08-06\n")).isNotNull();
    }
}
