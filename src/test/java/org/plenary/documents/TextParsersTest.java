package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.support.HostileFiles;
import org.springframework.util.unit.DataSize;

/** Each file is parsed in a process of its own, whose heap and time are bounded: what it gives, or why not. */
class TextParsersTest {

    private static final TextLimits LIMITS = new TextLimits(Duration.ofSeconds(30), 1, DataSize.ofMegabytes(64),
            2_000_000, DataSize.ofMegabytes(128));

    @TempDir
    Path directory;

    private Path file(byte[] content) throws Exception {
        return Files.write(Files.createTempFile(directory, "file", ".bin"), content);
    }

    @Test
    void aPdfGivesItsTextFromAProcessOfItsOwn() throws Exception {
        TextParsers.Outcome outcome = new TextParsers(LIMITS).parse(
                file(Multipart.pdf("Élimination des stocks – déminage")), ContentTypes.PDF);

        assertThat(outcome).isEqualTo(new TextParsers.Outcome.Text("Élimination des stocks – déminage"));
    }

    @Test
    void aPdfThatWouldFillTheHeapWhileItOpensEndsOnlyItsProcess() throws Exception {
        Path bomb = file(HostileFiles.pdfCrossReferenceBomb(200_000_000L));

        TextParsers.Outcome outcome = new TextParsers(LIMITS).parse(bomb, ContentTypes.PDF);

        assertThat(outcome).isEqualTo(new TextParsers.Outcome.Failed(
                "the file needs more than 128 MB of memory to be read"));
    }

    @Test
    void aPdfBeyondTheInflatedLimitIsRefusedWithTheReasonItsProcessGives() throws Exception {
        Path bomb = file(HostileFiles.pdfBomb(100L * 1024 * 1024));

        assertThat(new TextParsers(LIMITS).parse(bomb, ContentTypes.PDF)).isEqualTo(
                new TextParsers.Outcome.Failed("the file expands to more than 64 MB when decoded"));
    }

    @Test
    void aParseIsStoppedAtItsTimeLimit() throws Exception {
        TextLimits instant = new TextLimits(Duration.ofMillis(1), 1, LIMITS.inflated(), LIMITS.characters(),
                LIMITS.memory());

        assertThat(new TextParsers(instant).parse(file(HostileFiles.pdfBomb(10L * 1024 * 1024)), ContentTypes.PDF))
                .isEqualTo(new TextParsers.Outcome.Failed("the text could not be extracted within the time limit"));
    }
}
