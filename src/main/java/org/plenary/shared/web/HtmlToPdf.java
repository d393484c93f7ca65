package org.plenary.shared.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The one way Plenary turns a page into a PDF (letters, agendas, lists of participants, compilations): the HTML is
 * parsed leniently by jsoup and laid out by openhtmltopdf, with stylesheets and images resolved against a base.
 */
public final class HtmlToPdf {

    private HtmlToPdf() {
    }

    /**
     * The PDF of {@code html}; {@code base} is the address relative links are resolved against (a classpath
     * stylesheet's URL, or "/"), {@code what} names the document in an error.
     */
    public static byte[] render(String html, String base, String what) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), base);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + what + " as PDF", e);
        }
    }
}
