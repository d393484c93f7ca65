package org.plenary.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.support.PrintedPdf;

/**
 * The one renderer of PDFs: every script in embedded subset fonts, PDF/A-3u and tagged, with the page's title and
 * language; Arabic shaped and right to left. PDFBox reads Arabic back in logical order: the renderer draws the shaped
 * glyphs in visual order, and the text extractor reorders and unshapes them (a line mixing Arabic and Latin comes
 * out with the Latin run first in PDFBox, in logical order in poppler's pdftotext).
 */
class HtmlToPdfTest {

    static final String[] NAMES = {"Łódź", "Российская Федерация", "中华人民共和国", "الجمهورية العربية السورية",
        "Nguyễn Văn An"};

    @Test
    void printsEveryScriptWithEmbeddedFontsTaggedAndInItsLanguage() {
        StringBuilder html = new StringBuilder("<html lang=\"en\"><head><title>Delegations</title></head><body><ul>");
        for (String name : NAMES) {
            html.append("<li>").append(name).append("</li>");
        }
        byte[] pdf = HtmlToPdf.render(html.append("</ul><p><b>Bold</b> <i>italic</i></p></body></html>").toString(),
                "/", "test");

        PrintedPdf printed = PrintedPdf.read(pdf);
        assertThat(printed.fontsNotEmbedded()).isEmpty();
        assertThat(printed.language()).isEqualTo("en");
        assertThat(printed.title()).isEqualTo("Delegations");
        assertThat(printed.tagged()).isTrue();
        assertThat(printed.text().lines()).contains(NAMES);
        assertThat(PrintedPdf.pdfaFailures(pdf)).isEmpty();
    }

    @Test
    void printsAnArabicPageRightToLeftAndShaped() {
        byte[] pdf = HtmlToPdf.render("<html lang=\"ar\"><head><title>الوفود</title></head><body><p>"
                + "الجمهورية العربية السورية</p><p>الوثيقة CCM/CONF/2020/WP.4</p></body></html>", "/", "test");
        PrintedPdf printed = PrintedPdf.read(pdf);
        assertThat(printed.language()).isEqualTo("ar");
        assertThat(printed.fontsNotEmbedded()).isEmpty();
        assertThat(printed.text().lines()).contains("الجمهورية العربية السورية");
    }
}
