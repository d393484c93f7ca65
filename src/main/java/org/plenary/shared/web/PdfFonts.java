package org.plenary.shared.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The fonts of every PDF, shipped in the application under {@code /fonts} (see the README there) and never read from
 * the operating system: Noto Serif for Latin, Cyrillic and Greek, Noto Naskh Arabic, Noto Sans SC for Chinese. They
 * are the renderer's fallback for every family a stylesheet names, tried in this order for each character, and are
 * embedded as subsets, so a PDF carries only the glyphs it shows.
 */
final class PdfFonts {

    private record Face(String family, String file, int weight, FontStyle style, byte[] data) {
    }

    private static final List<Face> FACES = List.of(
            face("Noto Serif", "NotoSerif-Regular.ttf", 400, FontStyle.NORMAL),
            face("Noto Serif", "NotoSerif-Bold.ttf", 700, FontStyle.NORMAL),
            face("Noto Serif", "NotoSerif-Italic.ttf", 400, FontStyle.ITALIC),
            face("Noto Serif", "NotoSerif-BoldItalic.ttf", 700, FontStyle.ITALIC),
            face("Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", 400, FontStyle.NORMAL),
            face("Noto Naskh Arabic", "NotoNaskhArabic-Bold.ttf", 700, FontStyle.NORMAL),
            face("Noto Sans SC", "NotoSansSC-Regular.ttf", 400, FontStyle.NORMAL));

    private PdfFonts() {
    }

    /** Gives the renderer every face, for the document's text whatever family its stylesheet asks for. */
    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(() -> new ByteArrayInputStream(face.data()), face.family(), face.weight(), face.style(),
                    true, EnumSet.of(FSFontUseCase.FALLBACK_PRE));
        }
    }

    private static Face face(String family, String file, int weight, FontStyle style) {
        try (InputStream in = Objects.requireNonNull(PdfFonts.class.getResourceAsStream("/fonts/" + file),
                "the font " + file + " is on the classpath")) {
            return new Face(family, file, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + file, e);
        }
    }
}
