package org.plenary.consultations.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Opens a generated compilation in LibreOffice (headless, converting it to flat ODF) and checks that LibreOffice
 * sees the amendments as tracked changes by their participants, not as plain text, and the document as written: A4
 * pages, the Title and Heading styles, Arabic paragraphs right to left. Skipped only on a developer
 * machine without LibreOffice; in CI (the variable {@code CI} set) a missing {@code soffice} fails the test.
 */
class CompilationDocxLibreOfficeTest {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void libre_office_reads_the_amendments_as_tracked_changes_by_their_participants(@TempDir Path work)
            throws Exception {
        Path soffice = soffice();
        Path docx = Files.write(work.resolve("compilation.docx"),
                CompilationDocxWriter.write(CompilationDocxTest.compilation(), CompilationDocxTest.COMPILED));
        Document converted = convert(soffice, docx, work);

        List<Element> regions = elements(converted.getDocumentElement(), TEXT, "changed-region");
        Map<String, String> inline = textBetweenChangeMarks(converted);
        Map<String, List<String>> byKind = new HashMap<>();
        for (Element region : regions) {
            Element change = elements(region, TEXT, "*").stream()
                    .filter(e -> List.of("insertion", "deletion").contains(e.getLocalName())).findFirst().orElseThrow();
            String creator = elements(change, DC, "creator").getFirst().getTextContent();
            String id = region.getAttributeNS(TEXT, "id");
            String text = change.getLocalName().equals("insertion") ? inline.get(id)
                    : inline.getOrDefault(id, "") + paragraphsText(change);
            byKind.computeIfAbsent(change.getLocalName(), kind -> new ArrayList<>()).add(creator + ": " + text);
        }
        assertThat(elements(converted.getDocumentElement(), TEXT, "tracked-changes")).hasSize(1);
        assertThat(byKind.get("deletion")).containsExactlyInAnyOrderElementsOf(expected(WordDiff.Kind.DELETED));
        assertThat(byKind.get("insertion")).containsExactlyInAnyOrderElementsOf(expected(WordDiff.Kind.INSERTED));
    }

    @Test
    void libre_office_opens_the_compilation_on_a4_pages_with_its_styles_and_arabic_right_to_left(@TempDir Path work)
            throws Exception {
        String arabic = "تتعهد الجمهورية العربية السورية بتطهير المناطق الملوثة";
        Path docx = Files.write(work.resolve("compilation.docx"), CompilationDocxWriter.write(new CompilationDocxWriter.Document(
                CompilationDocxTest.MASTHEAD, "Compilation of views", null, List.of(new CompilationDocxWriter.Element("1",
                        arabic, 1, 0, 0, List.of(new CompilationDocxWriter.View("الجمهورية العربية السورية", "State Party",
                                "Retain", null, List.of())))),
                List.of(new CompilationDocxWriter.Missing("Norway", "Clear all remnants.", null)), List.of()),
                CompilationDocxTest.COMPILED));
        Document converted = convert(soffice(), docx, work);

        String layout = elements(converted.getDocumentElement(), STYLE, "master-page").stream()
                .filter(master -> master.getAttributeNS(STYLE, "name").equals("Standard")).findFirst().orElseThrow()
                .getAttributeNS(STYLE, "page-layout-name");
        Element page = elements(converted.getDocumentElement(), STYLE, "page-layout").stream()
                .filter(l -> l.getAttributeNS(STYLE, "name").equals(layout))
                .flatMap(l -> elements(l, STYLE, "page-layout-properties").stream()).findFirst().orElseThrow();
        assertThat(centimetres(page.getAttributeNS(FO, "page-width"))).isCloseTo(21.0, within(0.05));
        assertThat(centimetres(page.getAttributeNS(FO, "page-height"))).isCloseTo(29.7, within(0.05));
        assertThat(centimetres(page.getAttributeNS(FO, "margin-left"))).isCloseTo(2.5, within(0.05));
        Map<String, Element> paragraphs = new HashMap<>();
        Stream.concat(elements(converted.getDocumentElement(), TEXT, "p").stream(),
                elements(converted.getDocumentElement(), TEXT, "h").stream())
                .forEach(p -> paragraphs.putIfAbsent(p.getTextContent(), p));
        assertThat(styleName(converted, paragraphs.get("Compilation of views"))).isEqualTo("Title");
        assertThat(styleName(converted, paragraphs.get("Proposed additional elements"))).isEqualTo("Heading_20_1");
        Element element = paragraphs.entrySet().stream().filter(e -> e.getKey().endsWith(arabic)).findFirst()
                .orElseThrow().getValue();
        assertThat(styleName(converted, element)).isEqualTo("Heading_20_2");
        assertThat(writingMode(converted, element)).isEqualTo("rl-tb");
        assertThat(writingMode(converted, paragraphs.get("Compilation of views"))).isNotEqualTo("rl-tb");
    }

    /** A length of ODF in centimetres (LibreOffice writes centimetres or inches, after its locale). */
    private static double centimetres(String length) {
        assertThat(length).matches("[0-9.]+(cm|in)");
        double value = Double.parseDouble(length.substring(0, length.length() - 2));
        return length.endsWith("in") ? value * 2.54 : value;
    }

    /** The named style of a paragraph: its own, or the one its automatic style is based on. */
    private static String styleName(Document document, Element paragraph) {
        String name = paragraph.getAttributeNS(TEXT, "style-name");
        return style(document, name).map(s -> s.getAttributeNS(STYLE, "parent-style-name"))
                .filter(parent -> !parent.isEmpty()).orElse(name);
    }

    /** The writing mode of a paragraph's automatic style ("rl-tb" right to left), or "" when it has none. */
    private static String writingMode(Document document, Element paragraph) {
        return style(document, paragraph.getAttributeNS(TEXT, "style-name"))
                .flatMap(s -> elements(s, STYLE, "paragraph-properties").stream().findFirst())
                .map(p -> p.getAttributeNS(STYLE, "writing-mode")).orElse("");
    }

    private static Optional<Element> style(Document document, String name) {
        return elements(document.getDocumentElement(), STYLE, "style").stream()
                .filter(s -> s.getAttributeNS(STYLE, "name").equals(name)).findFirst();
    }

    /** "Author: text" of each change of that kind in the compilation's amendments. */
    private static List<String> expected(WordDiff.Kind kind) {
        List<String> changes = new ArrayList<>();
        for (var view : CompilationDocxTest.compilation().elements().getFirst().views()) {
            view.changes().stream().filter(change -> change.kind() == kind)
                    .forEach(change -> changes.add(view.participantName() + ": " + change.text()));
        }
        assertThat(changes).isNotEmpty();
        return changes;
    }

    /** LibreOffice's {@code soffice}; skips without it on a developer machine, fails without it in CI. */
    private static Path soffice() {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .flatMap(directory -> Stream.of("soffice", "libreoffice").map(name -> Path.of(directory, name)))
                .filter(Files::isExecutable).findFirst();
        String ci = System.getenv("CI");
        if (found.isEmpty() && ci != null && !ci.isBlank()) {
            fail("LibreOffice (soffice) is required in CI: apt-get install libreoffice-writer-nogui");
        }
        Assumptions.assumeTrue(found.isPresent(), "LibreOffice (soffice) is not installed");
        return found.orElseThrow();
    }

    /** Converts the DOCX to flat ODF text with a private LibreOffice profile, so that parallel runs do not meet. */
    private static Document convert(Path soffice, Path docx, Path work) throws Exception {
        Path out = Files.createDirectories(work.resolve("out"));
        Path log = work.resolve("soffice.log");
        Process process = new ProcessBuilder(soffice.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + work.resolve("profile").toUri(), "--convert-to", "fodt",
                "--outdir", out.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long started = System.nanoTime();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("LibreOffice took more than " + TIMEOUT_SECONDS + " s to convert the compilation");
        }
        System.out.printf("LibreOffice converted the compilation in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        Path fodt = out.resolve("compilation.fodt");
        assertThat(fodt).as("converted file; soffice said: %s", read(log)).exists();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(fodt.toFile());
    }

    /** The text the body holds between each change's start and end marks, by change id. */
    private static Map<String, String> textBetweenChangeMarks(Document document) {
        Map<String, StringBuilder> open = new HashMap<>();
        Map<String, String> closed = new HashMap<>();
        walk(document.getDocumentElement(), open, closed);
        return closed;
    }

    private static void walk(Node node, Map<String, StringBuilder> open, Map<String, String> closed) {
        if (node instanceof Element element && TEXT.equals(element.getNamespaceURI())) {
            String id = element.getAttributeNS(TEXT, "change-id");
            switch (element.getLocalName()) {
                case "change-start" -> open.put(id, new StringBuilder());
                case "change-end" -> closed.put(id, open.remove(id).toString());
                case "tracked-changes" -> {
                    return;
                }
                default -> { }
            }
        }
        if (node.getNodeType() == Node.TEXT_NODE) {
            open.values().forEach(text -> text.append(node.getNodeValue()));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            walk(child, open, closed);
        }
    }

    /** The text of the paragraphs a deletion holds (where LibreOffice keeps the deleted text out of the body). */
    private static String paragraphsText(Element change) {
        StringBuilder text = new StringBuilder();
        elements(change, TEXT, "p").forEach(p -> text.append(p.getTextContent()));
        return text.toString();
    }

    private static List<Element> elements(Element root, String namespace, String name) {
        NodeList nodes = root.getElementsByTagNameNS(namespace, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException unreadable) {
            return unreadable.toString();
        }
    }
}
