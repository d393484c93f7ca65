package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.support.HostileFiles;
import org.springframework.util.unit.DataSize;

/** Text extraction within its limits: a hostile file is refused with a reason, in bounded time and memory. */
class TextExtractionTest {

    private static final TextLimits LIMITS = new TextLimits(Duration.ofSeconds(30), 1, DataSize.ofMegabytes(64),
            2_000_000, DataSize.ofMegabytes(256));

    @TempDir
    Path directory;

    private Path file(byte[] content) throws Exception {
        return Files.write(Files.createTempFile(directory, "file", ".bin"), content);
    }

    private static Instant inAMinute() {
        return Instant.now().plus(Duration.ofMinutes(1));
    }

    @Test
    void aPdfGivesItsText() throws Exception {
        assertThat(TextExtraction.text(file(Multipart.pdf("Victim assistance remains a priority")),
                ContentTypes.PDF, LIMITS, inAMinute())).isEqualTo("Victim assistance remains a priority");
    }

    @Test
    void aPdfThatExpandsBeyondTheLimitIsRefusedWithTheReason() throws Exception {
        byte[] bomb = HostileFiles.pdfBomb(100L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> TextExtraction.text(file(bomb), ContentTypes.PDF, LIMITS, inAMinute()))
                .isInstanceOf(TextExtraction.Unextractable.class)
                .hasMessage("the file expands to more than 64 MB when decoded");
    }

    @Test
    void aPdfStopsBeingReadAtTheDeadline() throws Exception {
        Path slow = file(HostileFiles.pdfBomb(10L * 1024 * 1024));

        assertThatThrownBy(() -> TextExtraction.text(slow, ContentTypes.PDF, LIMITS, Instant.now()))
                .isInstanceOf(TextExtraction.Unextractable.class)
                .hasMessage("the text could not be extracted within the time limit");
    }

    @Test
    void aPdfWithMoreTextThanIsKeptGivesItsFirstCharacters() throws Exception {
        TextLimits few = new TextLimits(LIMITS.timeLimit(), 1, LIMITS.inflated(), 1_000, LIMITS.memory());

        String text = TextExtraction.text(file(HostileFiles.pdfBomb(10L * 1024 * 1024)), ContentTypes.PDF, few,
                inAMinute());

        assertThat(text.length()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void aDocxThatExpandsBeyondTheLimitIsRefusedWithTheReason() throws Exception {
        byte[] bomb = HostileFiles.docxBomb(101L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> TextExtraction.text(file(bomb), ContentTypes.DOCX, LIMITS, inAMinute()))
                .isInstanceOf(TextExtraction.Unextractable.class)
                .hasMessageContaining("expands to more than");
    }

    @Test
    void aDocxThatHidesWhatItExpandsToIsStoppedWhileItIsRead() throws Exception {
        byte[] bomb = HostileFiles.lyingAboutItsSizes(HostileFiles.docxBomb(101L * 1024 * 1024));

        assertThatThrownBy(() -> TextExtraction.text(file(bomb), ContentTypes.DOCX, LIMITS, inAMinute()))
                .isInstanceOf(TextExtraction.Unextractable.class)
                .hasMessageContaining("expands to more than");
    }

    @Test
    void aDocxGivesItsText() throws Exception {
        assertThat(TextExtraction.text(file(Multipart.docx("Les États parties")), ContentTypes.DOCX, LIMITS,
                inAMinute())).isEqualTo("Les États parties");
    }
}
