package org.plenary.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.plenary.shared.DomainException;
import org.plenary.shared.WordFiles;

/**
 * The text of a file, for full-text search: PDF with PDFBox, DOCX with Apache POI, plain text as it is; other
 * formats have none (their symbol and title are still searchable). Runs in a parser process
 * ({@link TextExtractionProcess}, whose heap bounds the memory), within {@link TextLimits}: a PDF whose streams
 * expand to more than {@code inflated} is refused before PDFBox reads them ({@link PdfStreams}), new streams go to
 * a scratch file, the content streams stop being read at the deadline, and a PDF with more characters than are
 * kept gives its first ones. A file beyond a limit, or that cannot be read, is
 * {@link Unextractable} with the reason.
 */
final class TextExtraction {

    /** PostgreSQL text search configurations per document language. */
    static final Map<String, String> SEARCH_CONFIG = Map.of("en", "english", "fr", "french", "es", "spanish",
            "ru", "russian", "ar", "arabic", "zh", "simple");

    /** Why a file has no searchable text. */
    static final class Unextractable extends Exception {
        Unextractable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The types whose text is read; the others (DOC, ODT) have none to search. */
    private static final Set<String> READ = Set.of(ContentTypes.PDF, ContentTypes.DOCX, "text/plain");

    private TextExtraction() {
    }

    /** Whether a file of {@code contentType} has text that is read: if not, no parser is needed. */
    static boolean reads(String contentType) {
        return READ.contains(contentType);
    }

    static String text(Path file, String contentType, TextLimits limits, Instant deadline) throws Unextractable {
        try {
            String text = switch (contentType) {
                case ContentTypes.PDF -> pdf(file, limits, deadline);
                case ContentTypes.DOCX -> docx(file);
                case "text/plain" -> plain(file, limits);
                default -> "";
            };
            String clean = text.replace('\u0000', ' ').strip();
            return clean.length() > limits.characters() ? clean.substring(0, limits.characters()) : clean;
        } catch (InterruptedIOException stopped) {
            throw new Unextractable(stopped.getMessage());
        } catch (PdfStreams.TooLarge tooLarge) {
            throw new Unextractable("the file expands to more than " + limits.inflated().toMegabytes()
                    + " MB when decoded");
        } catch (IOException unreadable) {
            throw new Unextractable("the file cannot be read (" + unreadable.getMessage() + ")");
        } catch (DomainException tooLarge) {
            throw new Unextractable(tooLarge.getMessage());
        } catch (RuntimeException | StackOverflowError unreadable) {
            throw new Unextractable("the file cannot be read (" + unreadable + ")");
        }
    }

    private static String pdf(Path file, TextLimits limits, Instant deadline) throws IOException {
        StringWriter text = new StringWriter();
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            PdfStreams.checkDecodedSize(pdf, limits.inflated().toBytes(), deadline);
            new BoundedStripper(limits.characters(), deadline).writeText(pdf, text);
        } catch (EnoughText enough) {
            // the first pages give the text that is kept
        }
        return text.toString();
    }

    private static String docx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return WordFiles.read(in, "file", document -> new XWPFWordExtractor(document).getText());
        }
    }

    private static String plain(Path file, TextLimits limits) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(limits.characters() * 4), StandardCharsets.UTF_8);
        }
    }

    /** PDFBox's text stripper, stopped at the deadline or beyond the characters to keep. */
    private static final class BoundedStripper extends PDFTextStripper {

        private final int maxCharacters;
        private final Instant deadline;
        private long characters;

        BoundedStripper(int maxCharacters, Instant deadline) {
            this.maxCharacters = maxCharacters;
            this.deadline = deadline;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (Instant.now().isAfter(deadline)) {
                throw new InterruptedIOException("the text could not be extracted within the time limit");
            }
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++characters > maxCharacters) {
                throw new EnoughText();
            }
            super.processTextPosition(text);
        }
    }

    /** More characters than are kept: reading further would only cost memory and time. */
    private static final class EnoughText extends RuntimeException {
        EnoughText() {
            super("enough text", null, false, false);
        }
    }
}
