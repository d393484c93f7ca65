package org.plenary.documents;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The limits of the text extraction of uploaded files ({@code plenary.documents.text.*}), so that a hostile file
 * costs a bounded amount: at most {@code parsers} files are parsed at once (the others wait their turn), each in a
 * process of its own with at most {@code memory} of heap, for at most {@code timeLimit}, with at most
 * {@code inflated} bytes decoded from its compressed streams (PDFBox holds a decoded stream in the heap), and at
 * most {@code characters} of text kept. A file beyond them keeps no searchable text, and says why.
 */
@ConfigurationProperties("plenary.documents.text")
record TextLimits(Duration timeLimit, Integer parsers, DataSize inflated, Integer characters, DataSize memory) {

    TextLimits {
        timeLimit = timeLimit == null ? Duration.ofSeconds(30) : timeLimit;
        parsers = parsers == null || parsers < 1 ? 1 : parsers;
        inflated = inflated == null ? DataSize.ofMegabytes(64) : inflated;
        characters = characters == null || characters < 1 ? 2_000_000 : characters;
        memory = memory == null ? DataSize.ofMegabytes(256) : memory;
    }
}
