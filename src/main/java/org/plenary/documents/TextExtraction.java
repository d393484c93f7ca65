package org.plenary.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text of a file, for full-text search: PDF with PDFBox, DOCX with Apache POI, plain text as it is.
 * Other formats, and files that cannot be read, have no searchable text (their symbol and title still are).
 */
final class TextExtraction {

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);
    static final int MAX_CHARS = 2_000_000;

    /** PostgreSQL text search configurations per document language. */
    static final Map<String, String> SEARCH_CONFIG = Map.of("en", "english", "fr", "french", "es", "spanish",
            "ru", "russian", "ar", "arabic", "zh", "simple");

    private TextExtraction() {
    }

    static String text(InputStream content, String contentType) {
        try {
            String text = switch (contentType) {
                case ContentTypes.PDF -> {
                    try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(content))) {
                        yield new PDFTextStripper().getText(pdf);
                    }
                }
                case ContentTypes.DOCX -> {
                    try (XWPFWordExtractor docx = new XWPFWordExtractor(new XWPFDocument(content))) {
                        yield docx.getText();
                    }
                }
                case "text/plain" -> new String(content.readNBytes(MAX_CHARS * 4), StandardCharsets.UTF_8);
                default -> "";
            };
            String clean = text.replace('\u0000', ' ').strip();
            return clean.length() > MAX_CHARS ? clean.substring(0, MAX_CHARS) : clean;
        } catch (IOException | RuntimeException unreadable) {
            log.info("No text could be extracted from a {} file: {}", contentType, unreadable.toString());
            return "";
        }
    }
}
