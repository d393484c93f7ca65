package org.plenary.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.consultations.ConsultationWorld.amend;
import static org.plenary.consultations.ConsultationWorld.position;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.consultations.docx.DocxMasthead;
import org.plenary.consultations.docx.DocxXml;
import org.plenary.consultations.docx.DraftDocx;
import org.plenary.support.Fixtures;
import org.plenary.support.PrintedPdf;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The compilation as DOCX with tracked changes, PDF and CSV; elements imported from a Word document. */
class ConsultationFilesTest extends PlenaryTest {

    private ConsultationWorld world;
    private String token;

    @BeforeEach
    void world() {
        world = new ConsultationWorld(admin());
        token = tokenFor(world.secretariat.username(), Fixtures.PASSWORD);
    }

    @Test
    void theCompilationIsPrintedInTheReadersVersionOrInTheOriginalSayingSo() throws Exception {
        String path = world.anOpenConsultation();
        world.delegateA.api().put(path + "/submissions/mine", Map.of("positions",
                List.of(amend("1", "Clear all cluster munition remnants within ten years."))));
        assertThat(world.presidency.api().put(path + "/versions/fr", Map.of("title", "Éléments du Plan de Lausanne",
                "elements", Map.of("1", "Dépolluer dès que possible."), "questions", Map.of("Q1",
                        "Quels indicateurs ?"))).status()).isEqualTo(200);

        assertThat(PrintedPdf.read(get(path + "/compilation.pdf", token, "fr").body()).text())
                .contains("Éléments du Plan de Lausanne", "Dépolluer dès que possible.", "within ten years",
                        "Destroy stockpiles within eight years.", "Quels indicateurs ?")
                .doesNotContain("Ce texte existe en");
        DocxXml french = DocxXml.of(get(path + "/compilation.docx", token, "fr").body());
        assertThat(String.join("\n", french.elements("p").stream().map(french::text).toList())).contains(
                "Éléments du Plan de Lausanne", "Dépolluer dès que possible.", "Conserver 0, modifier 1, supprimer 0",
                "Questions directrices").doesNotContain("Retain", "Proposed additional elements");

        String spanish = PrintedPdf.read(get(path + "/compilation.pdf", token, "es").body()).text();
        assertThat(spanish).as("no Spanish version: the original, saying so").contains(
                "Possible elements of the Lausanne Action Plan", "Este texto existe en: inglés, francés.")
                .doesNotContain("Dépolluer");
    }

    @Test
    void theCompilationIsAWordDocumentWithEachAmendmentAsTrackedChanges() throws Exception {
        String path = world.anOpenConsultation();
        world.delegateA.api().put(path + "/submissions/mine", Map.of("positions",
                List.of(amend("1", "Clear all cluster munition remnants within ten years."), position("2", "RETAIN"))));

        HttpResponse<byte[]> docx = get(path + "/compilation.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        DocxXml xml = DocxXml.of(docx.body());
        List<Element> deleted = xml.elements("del");
        List<Element> inserted = xml.elements("ins");
        assertThat(deleted).extracting(xml::text).contains("as soon as possible");
        assertThat(inserted).extracting(xml::text).contains("within ten years");
        Element revised = xml.paragraphsWithRevisions().getFirst();
        assertThat(xml.accepted(revised)).isEqualTo("Clear all cluster munition remnants within ten years.");
        assertThat(xml.rejected(revised)).isEqualTo("Clear all cluster munition remnants as soon as possible.");

        HttpResponse<byte[]> pdf = get(path + "/compilation.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("within ten years", "as soon as possible");
        }
        HttpResponse<byte[]> csv = get(path + "/compilation.csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(new String(csv.body(), StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().get("stance")).isEqualTo("AMEND");
        assertThat(rows.getFirst().get("text")).isEqualTo("Clear all cluster munition remnants within ten years.");
        assertThat(get(path + "/compilation.docx", tokenFor(world.delegateA.username(), Fixtures.PASSWORD))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void theCompilationCsvStartsWithAByteOrderMarkAndNeutralisesFormulas() throws Exception {
        String path = world.anOpenConsultation();
        world.delegateA.api().put(path + "/submissions/mine", Map.of("positions",
                List.of(amend("1", "=HYPERLINK(\"http://attacker.example/\",\"Clear à\")"))));

        HttpResponse<byte[]> csv = get(path + "/compilation.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(java.util.Arrays.copyOf(csv.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(text)).getRecords();
        assertThat(rows.getFirst().get("text")).isEqualTo("'=HYPERLINK(\"http://attacker.example/\",\"Clear à\")");
    }

    @Test
    void elementsComeFromTheNumberedParagraphsOfAWordDocument() throws Exception {
        byte[] docx = DraftDocx.write(new DocxMasthead("en", "APLC/CONF/2020/WP.1/Rev.1", "Distr.: General",
                "25 November 2020", "Original: English", "Fifth Review Conference"), "Possible elements", List.of(
                new NumberedParagraphs.Paragraph("1", "Clear all remnants."),
                new NumberedParagraphs.Paragraph("12 (d)", "Report annually.")));
        HttpResponse<String> read = upload(world.path() + "/paragraphs", "wp4.docx", docx);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode paragraphs = JsonMapper.builder().build().readTree(read.body());
        assertThat(paragraphs.valueStream().map(p -> p.get("ref").asString())).containsExactly("1", "12 (d)");
        HttpResponse<String> none = upload(world.path() + "/paragraphs", "notes.txt",
                "No numbers here.".getBytes(StandardCharsets.UTF_8));
        assertThat(none.statusCode()).isEqualTo(400);
    }

    @Test
    void aWordDocumentThatExpandsToAHundredMegabytesIsRefusedWithAProblem() throws Exception {
        byte[] bomb = org.plenary.support.HostileFiles.docxBomb(101L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        HttpResponse<String> refused = upload(world.path() + "/paragraphs", "bomb.docx", bomb);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
        assertThat(problem.get("detail").asString()).contains("expands to more than");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return get(path, token);
    }

    private HttpResponse<byte[]> get(String path, String bearer) throws Exception {
        return get(path, bearer, "en");
    }

    private HttpResponse<byte[]> get(String path, String bearer, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1"
                + path)).header("Authorization", "Bearer " + bearer).header("Accept-Language", language).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> upload(String path, String name, byte[] content) throws Exception {
        String boundary = "plenary-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1"
                + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.toByteArray())))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
