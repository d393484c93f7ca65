package org.plenary.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plenary.support.PrintedPdf;

class HtmlToPdfTest {

    static final String[] NAMES = {"Łódź", "Российская Федерация", "中华人民共和国", "الجمهورية العربية السورية",
        "Nguyễn Văn An"};

    @Test
    void printsEveryScriptWithEmbeddedFontsTaggedAndInItsLanguage() throws Exception {
        StringBuilder html = new StringBuilder("<html lang=\"en\"><head><title>Delegations</title></head><body><ul>");
        for (String name : NAMES) {
            html.append("<li>").append(name).append("</li>");
        }
        byte[] pdf = HtmlToPdf.render(html.append("</ul><p><b>Bold</b> <i>italic</i></p></body></html>").toString(), "/", "test");
        Files.write(Path.of("target/html-to-pdf.pdf"), pdf);

        PrintedPdf printed = PrintedPdf.read(pdf);
        System.out.println(printed);
        assertThat(printed.fontsNotEmbedded()).isEmpty();
        assertThat(printed.language()).isEqualTo("en");
        assertThat(printed.title()).isEqualTo("Delegations");
        assertThat(printed.tagged()).isTrue();
        assertThat(printed.text().lines()).contains(NAMES);
        assertThat(PrintedPdf.pdfaFailures(pdf)).isEmpty();
    }

    @Test
    void printsAnArabicPageRightToLeft() throws Exception {
        byte[] pdf = HtmlToPdf.render("<html lang=\"ar\"><head><title>الوفود</title></head><body><p>"
                + "الجمهورية العربية السورية</p><p>الوثيقة CCM/CONF/2020/WP.4</p></body></html>", "/", "test");
        Files.write(Path.of("target/html-to-pdf-ar.pdf"), pdf);
        PrintedPdf printed = PrintedPdf.read(pdf);
        System.out.println(printed);
        assertThat(printed.language()).isEqualTo("ar");
        assertThat(printed.text().lines()).contains("الجمهورية العربية السورية");
    }
}
