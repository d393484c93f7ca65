package org.plenary.shared.web;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The one way Plenary turns a page into a PDF (letters, agendas, lists of participants, compilations): the HTML is
 * parsed leniently by jsoup and laid out by openhtmltopdf, with stylesheets and images resolved against a base.
 * The renderer loads nothing from the network or the file system: only the application's own resources (its
 * stylesheets, under {@code /static/}) and images embedded as {@code data:} URIs. Anything else a text names (an
 * image at {@code http://127.0.0.1:…/} in a letter's Markdown, a {@code file:} URI) is left out of the PDF, so that
 * rendering a page can never be used to make the server send requests.
 * <p>
 * Every PDF is PDF/A-3u and tagged for PDF/UA: its fonts are embedded (see {@link PdfFonts}), its language is the
 * {@code lang} of the page and its title the page's {@code <title>}. Text in any script is laid out with ICU: lines
 * break where the language allows (Chinese between characters), Arabic is shaped and runs right to left, and a
 * page in a right-to-left language is right to left as a whole. The renderer logs through SLF4J, in the
 * application's log format.
 */
public final class HtmlToPdf {

    static {
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    /** The address of the application's static resources, as the class loader gives it (file:, jar:, nested:). */
    private static final String OWN_RESOURCES = ownResources();

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur");

    private HtmlToPdf() {
    }

    /**
     * The PDF of {@code html}; {@code base} is the address relative links are resolved against (a classpath
     * stylesheet's URL, or "/"), {@code what} names the document in an error.
     */
    public static byte[] render(String html, String base, String what) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document page = Jsoup.parse(html);
            Locale language = direct(page.selectFirst("html"));
            describe(page);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(SRGB);
            builder.withProducer("Plenary");
            PdfFonts.register(builder);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(language));
            builder.useExternalResourceAccessControl((uri, type) -> mayLoad(uri),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withW3cDocument(new W3CDom().fromJsoup(page), base);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + what + " as PDF", e);
        }
    }

    /** A page without a subject has its title as subject: the description that PDF/UA asks for. */
    private static void describe(Document page) {
        if (page.selectFirst("meta[name=subject]") == null) {
            page.head().appendElement("meta").attr("name", "subject").attr("content", page.title());
        }
    }

    /** The page's language; a page in a right-to-left language without a direction of its own is right to left. */
    private static Locale direct(Element root) {
        Locale language = Locale.forLanguageTag(root.attr("lang"));
        if (!root.hasAttr("dir") && RIGHT_TO_LEFT.contains(language.getLanguage())) {
            root.attr("dir", "rtl");
        }
        return language;
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
