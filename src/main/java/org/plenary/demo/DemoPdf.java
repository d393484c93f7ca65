package org.plenary.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A small UN-style document of the demo as a real PDF, written directly with PDFBox (no renderer to start, so
 * the demo sets up fast): the masthead with symbol, distribution, date and original language, a heading, and
 * paragraphs wrapped to the A4 page, on as many pages as they need.
 */
final class DemoPdf {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float MARGIN = 72;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument pdf = new PDDocument();
    private PDPageContentStream content;
    private float y;

    private DemoPdf() {
    }

    /** The document: masthead lines (right-aligned), the title in bold, then each paragraph. */
    static byte[] of(List<String> masthead, String conference, String title, List<String> paragraphs) {
        DemoPdf document = new DemoPdf();
        try (PDDocument pdf = document.pdf; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.newPage();
            for (String line : masthead) {
                document.line(line, REGULAR, 10, PDRectangle.A4.getWidth() - MARGIN - width(line, REGULAR, 10));
            }
            document.y -= 18;
            document.paragraph(conference, BOLD, 12);
            document.y -= 12;
            document.paragraph(title, BOLD, 14);
            for (String paragraph : paragraphs) {
                document.y -= 8;
                document.paragraph(paragraph, REGULAR, 11);
            }
            document.content.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo document " + title, e);
        }
    }

    private void paragraph(String text, PDType1Font font, float size) throws IOException {
        float indent = text.startsWith("    ") ? 24 : 0;
        for (String line : wrap(text.strip(), font, size, WIDTH - indent)) {
            line(line, font, size, MARGIN + indent);
        }
    }

    private void line(String text, PDType1Font font, float size, float x) throws IOException {
        if (y - size * 1.4f < MARGIN) {
            content.close();
            newPage();
        }
        y -= size * 1.4f;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, font, size) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static float width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
