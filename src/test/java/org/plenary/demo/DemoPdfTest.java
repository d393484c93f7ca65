package org.plenary.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.support.PrintedPdf;

/** The demo's documents are printed like Plenary's own: embedded fonts for every script, tagged, in English. */
class DemoPdfTest {

    @Test
    void theDemoDocumentPrintsEveryScript() {
        List<String> names = List.of("Łódź", "Российская Федерация", "中华人民共和国", "الجمهورية العربية السورية",
                "Nguyễn Văn An");
        byte[] pdf = DemoPdf.of(List.of("CCM/CONF/2020/WP.4", "Distr.: General", "18 June 2020", "Original: English"),
                "Second Review Conference", "Possible elements", names);

        PrintedPdf printed = PrintedPdf.read(pdf);
        assertThat(printed.fontsNotEmbedded()).isEmpty();
        assertThat(printed.language()).isEqualTo("en");
        assertThat(printed.title()).isEqualTo("Possible elements");
        assertThat(printed.text().lines().map(String::strip)).contains("CCM/CONF/2020/WP.4").containsAll(names);
    }
}
