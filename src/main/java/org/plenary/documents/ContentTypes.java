package org.plenary.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.plenary.shared.UnsupportedContentException;

/**
 * The file types a document may have, recognised from their bytes (and name, to tell the zipped formats
 * apart). A file whose bytes are not what its name or declared type say is refused.
 */
final class ContentTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final Map<String, String> ACCEPTED = Map.of(
            PDF, "PDF",
            DOCX, "Word (DOCX)",
            "application/msword", "Word 97-2003 (DOC)",
            "application/vnd.oasis.opendocument.text", "OpenDocument text (ODT)",
            "text/plain", "plain text");

    private static final Tika TIKA = new Tika();

    /** The types one kind of document may have, as detected; the rest is refused with {@code description}. */
    record Accepted(Set<String> types, String description) {

        void check(String fileName, String detected) {
            if (!types.isEmpty() && !types.contains(detected)) {
                throw new UnsupportedContentException("'" + fileName + "' is " + ACCEPTED.get(detected) + "; "
                        + description);
            }
        }
    }

    /** Any accepted type. */
    static final Accepted ANY = new Accepted(Set.of(), "");

    /** Statements of delegations are PDF or Word files. */
    static final Accepted STATEMENT = new Accepted(Set.of(PDF, DOCX), "a statement is a PDF or DOCX file");

    private ContentTypes() {
    }

    /** The detected type of the file, if accepted and consistent with the declared type. */
    static String check(InputStream content, String fileName, String declared) throws IOException {
        String detected = TIKA.detect(new BufferedInputStream(content), fileName);
        if (!ACCEPTED.containsKey(detected)) {
            throw new UnsupportedContentException("'" + fileName + "' is " + detected
                    + "; a document file is PDF, DOCX, DOC, ODT or plain text");
        }
        String declaredType = declared == null ? "" : declared.split(";")[0].strip().toLowerCase();
        if (!declaredType.isEmpty() && !declaredType.equals("application/octet-stream") && !declaredType.equals(detected)) {
            throw new UnsupportedContentException("'" + fileName + "' was sent as " + declaredType
                    + " but its content is " + ACCEPTED.get(detected));
        }
        return detected;
    }
}
