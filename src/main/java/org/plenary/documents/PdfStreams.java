package org.plenary.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Measures what the streams of a PDF expand to before PDFBox reads them: PDFBox 3 decodes a stream whole into the
 * heap, so a content stream of a few hundred KB that inflates to gigabytes would take the memory. Each stream that
 * text extraction may read (content streams, fonts, object streams; not images, which it never decodes) is
 * decoded once through PDFBox's own filters into a counter, object streams first, and the PDF is refused as soon
 * as the total passes the limit, or at the deadline. Cross-reference streams are decoded by PDFBox when it opens
 * the file, before this check: what they take is bounded by the parser process's heap ({@link TextParsers}).
 */
final class PdfStreams {

    private static final Set<COSName> IMAGE_CODECS = Set.of(COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION,
            COSName.JPX_DECODE, COSName.JBIG2_DECODE, COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

    /** The streams expand to more than allowed. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("Maximum allowed decoded size exceeded");
        }
    }

    private PdfStreams() {
    }

    static void checkDecodedSize(PDDocument pdf, long max, Instant deadline) throws IOException {
        COSDocument document = pdf.getDocument();
        List<COSObjectKey> keys = new ArrayList<>(document.getXrefTable().keySet());
        keys.sort(Comparator.comparing((COSObjectKey key) -> key.getStreamIndex() >= 0)
                .thenComparing(Comparator.naturalOrder()));
        Counter counter = new Counter(max, deadline);
        for (COSObjectKey key : keys) {
            counter.checkTime();
            COSBase object = document.getObjectFromPool(key).getObject();
            if (object instanceof COSStream stream && isReadForText(stream)) {
                try {
                    decode(stream, counter);
                } catch (TooLarge | InterruptedIOException beyondTheLimits) {
                    throw beyondTheLimits;
                } catch (IOException unreadable) {
                    // a damaged stream: PDFBox skips it or fails on it itself, as it would without this check
                }
            }
        }
    }

    private static boolean isReadForText(COSStream stream) {
        return !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
                && filters(stream).stream().noneMatch(IMAGE_CODECS::contains);
    }

    private static List<COSName> filters(COSStream stream) {
        COSBase filters = stream.getFilters();
        if (filters instanceof COSName name) {
            return List.of(name);
        }
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSArray array) {
            array.forEach(f -> {
                if (f instanceof COSName name) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    /** Decodes the stream through its filters; every filter but the last writes into a buffer within the limit. */
    private static void decode(COSStream stream, Counter counter) throws IOException {
        List<COSName> names = filters(stream);
        if (names.isEmpty()) {
            return;
        }
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream input = raw;
            for (int i = 0; i < names.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(names.get(i));
                if (i == names.size() - 1) {
                    filter.decode(input, counter, stream, i);
                } else {
                    ByteArrayOutputStream step = new ByteArrayOutputStream();
                    filter.decode(input, new Tee(step, counter), stream, i);
                    input = new ByteArrayInputStream(step.toByteArray());
                }
            }
        }
    }

    /** Counts the decoded bytes of every stream together, and discards them. */
    private static final class Counter extends OutputStream {

        private final long max;
        private final Instant deadline;
        private long total;

        Counter(long max, Instant deadline) {
            this.max = max;
            this.deadline = deadline;
        }

        @Override
        public void write(int b) throws IOException {
            add(1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            add(len);
        }

        private void add(long bytes) throws IOException {
            total += bytes;
            if (total > max) {
                throw new TooLarge();
            }
            checkTime();
        }

        void checkTime() throws InterruptedIOException {
            if (Instant.now().isAfter(deadline)) {
                throw new InterruptedIOException("the text could not be extracted within the time limit");
            }
        }
    }

    /** Writes to a buffer and counts what it writes. */
    private static final class Tee extends OutputStream {

        private final OutputStream buffer;
        private final OutputStream counter;

        Tee(OutputStream buffer, OutputStream counter) {
            this.buffer = buffer;
            this.counter = counter;
        }

        @Override
        public void write(int b) throws IOException {
            counter.write(b);
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            counter.write(b, off, len);
            buffer.write(b, off, len);
        }
    }
}
