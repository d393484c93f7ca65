package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.meetings.AgendaRendering;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.Meetings;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.MeetingId;
import org.plenary.support.Api;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agenda of a meeting as a UN document: masthead from the published provisional agenda, numbered items and
 * sub-items, and the documents filed under each item; checked in the text of the PDF.
 */
class AgendaDocumentTest extends PlenaryTest {

    @Autowired
    AgendaRendering rendering;
    @Autowired
    Processes processes;
    @Autowired
    Meetings meetings;

    private String process;
    private String officer;
    private String meeting;
    private String series;

    @BeforeEach
    void theSecondPreparatoryMeetingWithItsAgenda() {
        Api admin = admin();
        String treaty = unique("T").toUpperCase();
        admin.post("/treaties", Map.of("code", treaty, "title", "Treaty"));
        process = admin.post("/processes", Map.of("code", unique("P"), "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr", "es")))
                .json().get("id").asString();
        String officerName = unique("officer");
        String officerId = admin.post("/users", Map.of("username", officerName, "password", "officer-password",
                "displayName", "Officer", "email", "o@example.org")).json().get("id").asString();
        admin.post("/processes/" + process + "/officers", Map.of("userId", officerId, "role", "SECRETARIAT"));
        officer = tokenFor(officerName, "officer-password");
        Api chair = api().as(officer);
        meeting = chair.post("/processes/" + process + "/meetings", Map.of("title", "Second Preparatory Meeting",
                "kind", "PREPARATORY_MEETING", "format", "IN_PERSON", "start", "2020-09-04T10:00:00+02:00",
                "end", "2020-09-04T13:00:00+02:00", "venue", "Geneva")).json().get("id").asString();
        chair.put("/processes/" + process + "/meetings/" + meeting + "/agenda", Map.of("status", "PROVISIONAL",
                "items", List.of(Map.of("title", "Opening of the meeting"), Map.of("title", "Exchange of views",
                        "items", List.of(Map.of("title", "Review of the operation and status of the Convention"),
                                Map.of("title", "Lausanne Action Plan"))))));
        series = "CCM/CONF/" + (1000 + (int) (Math.random() * 8999)) + "/PM.2/";
    }

    private String publish(String metadata) throws Exception {
        HttpResponse<String> created = new Multipart().json("metadata", metadata)
                .file("en", "doc.pdf", "application/pdf", Multipart.pdf("text"))
                .post("http://localhost:" + port + "/api/v1/processes/" + process + "/documents", officer);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.body();
    }

    private String pdfText() throws Exception {
        Process p = processes.require(new ProcessId(UUID.fromString(process)));
        Meeting m = meetings.require(p, MeetingId.parse(meeting));
        return new PDFTextStripper().getText(Loader.loadPDF(rendering.pdf(p, m, Locale.ENGLISH)))
                .replaceAll("\\s+", " ");
    }

    @Test
    void theProvisionalAgendaCarriesItsSymbolItsItemsAndTheDocumentsFiledUnderThem() throws Exception {
        publish("{\"symbol\":\"" + series + "1\",\"title\":\"Provisional agenda\",\"type\":\"PROVISIONAL_AGENDA\","
                + "\"distribution\":\"GENERAL\",\"originalLanguage\":\"en\",\"meetingId\":\"" + meeting
                + "\",\"issuedOn\":\"2020-08-18\"}");
        publish("{\"symbol\":\"" + series + "WP.4\",\"title\":\"Possible elements of the Lausanne Action Plan\","
                + "\"type\":\"WORKING_PAPER\",\"distribution\":\"GENERAL\",\"originalLanguage\":\"en\","
                + "\"meetingId\":\"" + meeting + "\",\"agendaItem\":\"2 (b)\"}");
        publish("{\"symbol\":\"" + series + "CRP.1\",\"title\":\"Internal note\",\"type\":\"OTHER\","
                + "\"distribution\":\"RESTRICTED\",\"originalLanguage\":\"en\",\"meetingId\":\"" + meeting
                + "\",\"agendaItem\":\"1\"}");

        String text = pdfText();
        assertThat(text).contains(series + "1", "Distr.: General", "18 August 2020", "Original: English",
                "Second Review Conference", "Second Preparatory Meeting", "Geneva, 4 September 2020",
                "Provisional agenda", "1. Opening of the meeting", "2. Exchange of views",
                "(a) Review of the operation and status of the Convention", "(b) Lausanne Action Plan",
                "Documentation", series + "WP.4 – Possible elements of the Lausanne Action Plan");
        assertThat(text).as("a restricted document is not shown to an anonymous reader").doesNotContain("CRP.1");
        assertThat(text.indexOf(series + "WP.4")).isGreaterThan(text.indexOf("(b) Lausanne Action Plan"));
    }

    @Test
    void anAdoptedAgendaAsOrallyAmendedIsTitledAgendaAndSaysSo() throws Exception {
        api().as(officer).put("/processes/" + process + "/meetings/" + meeting + "/agenda", Map.of(
                "status", "ADOPTED_AS_ORALLY_AMENDED", "items", List.of(Map.of("title", "Opening of the meeting"))));
        String text = pdfText();
        assertThat(text).contains("Agenda", "As adopted, as orally amended", "Distr.: General", "1. Opening")
                .doesNotContain("Provisional agenda");
    }
}
