package org.plenary.documents;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * A parser process: reads the text of one file ({@link TextExtraction}) in a JVM of its own, which {@link TextParsers}
 * starts with a bounded heap, so that a file that takes more memory than that (e.g. a PDF whose cross-reference
 * stream inflates to gigabytes, which PDFBox reads before anything can measure it) ends this process, never the
 * instance. Arguments: the file, its content type, the file to write the outcome to, the deadline (milliseconds
 * since the epoch), the bytes its streams may inflate to, the characters to keep. Writes the text (in UTF-8, a
 * character it cannot encode, such as half of a surrogate pair from a broken font map, as {@code ?}) and exits
 * with {@link #TEXT}, or writes why there is none and exits with {@link #UNEXTRACTABLE}.
 */
public final class TextExtractionProcess {

    static final int TEXT = 0;
    static final int UNEXTRACTABLE = 2;

    private TextExtractionProcess() {
    }

    public static void main(String[] args) throws IOException {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        Path outcome = Path.of(args[2]);
        TextLimits limits = new TextLimits(null, 1, DataSize.ofBytes(Long.parseLong(args[4])),
                Integer.parseInt(args[5]), null);
        try {
            String text = TextExtraction.text(Path.of(args[0]), args[1], limits,
                    Instant.ofEpochMilli(Long.parseLong(args[3])));
            Files.write(outcome, text.getBytes(StandardCharsets.UTF_8));
            System.exit(TEXT);
        } catch (TextExtraction.Unextractable unextractable) {
            Files.write(outcome, unextractable.getMessage().getBytes(StandardCharsets.UTF_8));
            System.exit(UNEXTRACTABLE);
        }
    }
}
