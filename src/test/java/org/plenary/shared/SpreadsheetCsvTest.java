package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void startsWithAByteOrderMarkSoThatSpreadsheetsReadAccents() {
        String text = new SpreadsheetCsv("name").row("Côte d'Ivoire").text();
        assertThat(text).startsWith("\uFEFFname\r\n");
        assertThat(text).contains("Côte d'Ivoire");
    }

    @Test
    void neutralisesEveryCellThatASpreadsheetWouldTakeForAFormula() throws Exception {
        String text = new SpreadsheetCsv("a", "b").row("=HYPERLINK(\"http://x\",\"y\")", "+1")
                .row("-2+3", "@SUM(A1)").row("\tcmd", "\r=1").row("plain", "a=b").row(null, 12).text();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("'=HYPERLINK(\"http://x\",\"y\")", "'-2+3",
                "'\tcmd", "plain", "");
        assertThat(rows).extracting(r -> r.get(1)).containsExactly("'+1", "'@SUM(A1)", "'\r=1", "a=b", "12");
    }
}
