package org.plenary.shared.web;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The one way Plenary turns a page into a PDF (letters, agendas, lists of participants, compilations): the HTML is
 * parsed leniently by jsoup and laid out by openhtmltopdf, with stylesheets and images resolved against a base.
 * The renderer loads nothing from the network or the file system: only the application's own resources (its
 * stylesheets, under {@code /static/}) and images embedded as {@code data:} URIs. Anything else a text names (an
 * image at {@code http://127.0.0.1:…/} in a letter's Markdown, a {@code file:} URI) is left out of the PDF, so that
 * rendering a page can never be used to make the server send requests.
 */
public final class HtmlToPdf {

    /** The address of the application's static resources, as the class loader gives it (file:, jar:, nested:). */
    private static final String OWN_RESOURCES = ownResources();

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
            builder.useExternalResourceAccessControl((uri, type) -> mayLoad(uri),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), base);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + what + " as PDF", e);
        }
    }

    /** Whether the renderer may load {@code uri}: an embedded image or one of the application's own resources. */
    static boolean mayLoad(String uri) {
        if (uri == null) {
            return false;
        }
        return uri.regionMatches(true, 0, "data:", 0, 5) || (uri.startsWith(OWN_RESOURCES) && !uri.contains(".."));
    }

    private static String ownResources() {
        String stylesheet = Objects.requireNonNull(HtmlToPdf.class.getResource("/static/css/plenary.css"),
                "the site's stylesheet is on the classpath").toExternalForm();
        return stylesheet.substring(0, stylesheet.length() - "css/plenary.css".length());
    }
}
