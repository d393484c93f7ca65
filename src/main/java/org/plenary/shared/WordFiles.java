package org.plenary.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The one way Plenary reads Word documents (DOCX), within limits against zip bombs: a DOCX is a zip file, and a
 * 100 KB one can expand to gigabytes. Before POI reads it, the sizes its zip directory declares are checked, then
 * POI reads it from a file with {@link ZipSecureFile}'s limits on the bytes each part really expands to, its
 * compression ratio and the text extracted. A file beyond them is refused with 400, one that is no DOCX with 415.
 */
public final class WordFiles {

    /** The largest part (document.xml, an image) a DOCX may expand to. */
    public static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /** All parts together. */
    public static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    /** A part larger than {@link #RATIO_GRACE_BYTES} may expand at most this many times (POI's 0.01). */
    public static final int MAX_RATIO = 100;
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;
    private static final int MAX_ENTRIES = 2_000;
    private static final long MAX_TEXT_CHARACTERS = 10_000_000;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setGraceEntrySize(RATIO_GRACE_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARACTERS);
    }

    /** Reads the document from a DOCX. */
    public interface Reader<T> {
        T read(XWPFDocument document) throws IOException;
    }

    private WordFiles() {
    }

    /** Reads {@code docx} with {@code reader}; 400 {@code field} when it expands beyond the limits, 415 if no DOCX. */
    public static <T> T read(InputStream docx, String field, Reader<T> reader) {
        Path copy = copy(docx);
        try {
            checkDeclaredSizes(copy, field);
            try (OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ);
                    XWPFDocument document = new XWPFDocument(pkg)) {
                return reader.read(document);
            }
        } catch (IOException | POIXMLException | InvalidFormatException
                | IllegalStateException | IllegalArgumentException unreadable) {
            if (String.valueOf(unreadable.getMessage()).contains("Zip bomb")
                    || String.valueOf(unreadable.getMessage()).contains("max allowed")) {
                throw tooLarge(field);
            }
            throw new UnsupportedContentException("The file is not a readable Word document (DOCX)");
        } finally {
            delete(copy);
        }
    }

    /**
     * Refuses with 400 a DOCX whose zip directory declares parts beyond the limits: a cheap check (nothing is
     * expanded) for uploads; {@link #read} still counts the bytes really expanded.
     */
    public static void checkDeclaredSizes(InputStream docx, String field) {
        Path copy = copy(docx);
        try {
            checkDeclaredSizes(copy, field);
        } catch (IOException notZip) {
            throw new UnsupportedContentException("The file is not a readable Word document (DOCX)");
        } finally {
            delete(copy);
        }
    }

    private static void checkDeclaredSizes(Path docx, String field) throws IOException {
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw tooLarge(field);
            }
            long total = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long compressed = Math.max(1, entry.getCompressedSize());
                total += Math.max(0, size);
                if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES
                        || (size > RATIO_GRACE_BYTES && size / compressed > MAX_RATIO)) {
                    throw tooLarge(field);
                }
            }
        }
    }

    private static InvalidInputException tooLarge(String field) {
        return InvalidInputException.of(field, "The Word document expands to more than " + MAX_ENTRY_BYTES / 1024 / 1024
                + " MB per part or " + MAX_RATIO + " times its size when unzipped; it cannot be read");
    }

    private static Path copy(InputStream content) {
        try {
            Path copy = Files.createTempFile("plenary-", ".docx");
            try (OutputStream out = Files.newOutputStream(copy)) {
                content.transferTo(out);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy a Word document to a temporary file", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is removed with the others by the system
        }
    }
}
