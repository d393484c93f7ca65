package org.plenary.demo;

import java.util.List;
import org.plenary.shared.web.HtmlToPdf;
import org.springframework.web.util.HtmlUtils;

/**
 * A small UN-style document of the demo as a real PDF, laid out like Plenary's own documents (the same stylesheet
 * and renderer): the masthead with symbol, distribution, date and original language, the conference, a heading,
 * and paragraphs; a paragraph starting with four spaces is indented.
 */
final class DemoPdf {

    private DemoPdf() {
    }

    /** The document in English: masthead lines (the symbol first), the conference, the title, then each paragraph. */
    static byte[] of(List<String> masthead, String conference, String title, List<String> paragraphs) {
        String stylesheet = DemoPdf.class.getResource("/static/css/un-document.css").toExternalForm();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title><link rel=\"stylesheet\" href=\"").append(stylesheet)
                .append("\"></head><body><article class=\"un-document\"><header class=\"masthead\"><p class=\"symbol\">")
                .append(esc(masthead.getFirst())).append("</p><dl class=\"distribution\">");
        masthead.stream().skip(1).forEach(line -> html.append("<dd>").append(esc(line)).append("</dd>"));
        html.append("</dl></header><section class=\"meeting\"><p class=\"body\">").append(esc(conference))
                .append("</p></section><h1>").append(esc(title)).append("</h1>");
        for (String paragraph : paragraphs) {
            html.append(paragraph.startsWith("    ") ? "<p style=\"margin-left: 8mm\">" : "<p>")
                    .append(esc(paragraph.strip())).append("</p>");
        }
        return HtmlToPdf.render(html.append("</article></body></html>").toString(), stylesheet, "the document " + title);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
