package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.anOfficer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.consultations.Compilation;
import org.plenary.consultations.CompilationPdf;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.ConsultationId;
import org.plenary.consultations.ConsultationText;
import org.plenary.consultations.Stance;
import org.plenary.meetings.AgendaRendering;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.Meetings;
import org.plenary.meetings.ParticipantsRendering;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.Category;
import org.plenary.shared.Actor;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.MeetingId;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.PrintedPdf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every kind of PDF Plenary prints, read back with PDFBox as a reader would: names in Latin (extended), Cyrillic,
 * Chinese, Arabic and Vietnamese come out exactly as they went in (Arabic in logical order), every font is embedded,
 * the PDF carries the language of its page and is tagged; veraPDF finds the letter and the agenda PDF/A-3u.
 */
class PrintedDocumentsTest extends PlenaryTest {

    static final List<String> NAMES = List.of("Łódź", "Российская Федерация", "中华人民共和国",
            "الجمهورية العربية السورية", "Nguyễn Văn An");

    @Autowired
    AgendaRendering agenda;
    @Autowired
    ParticipantsRendering participants;
    @Autowired
    CompilationPdf compilation;
    @Autowired
    Processes processes;
    @Autowired
    Meetings meetings;

    private String process;
    private Fixtures.Person secretariatOfficer;
    private Api secretariat;
    private String meeting;

    @BeforeEach
    void aProcessWhoseDelegationsWriteInEveryScript() {
        Api admin = admin();
        process = Fixtures.aProcess(admin);
        secretariatOfficer = anOfficer(admin, process, "SECRETARIAT");
        secretariat = secretariatOfficer.api();
        meeting = created(secretariat.post("/processes/" + process + "/meetings", Map.of("title",
                "Second Preparatory Meeting", "kind", "PREPARATORY_MEETING", "format", "IN_PERSON",
                "start", "2020-09-04T10:00:00+02:00", "end", "2020-09-04T13:00:00+02:00", "venue", "Łódź")));
        assertThat(secretariat.put("/processes/" + process + "/meetings/" + meeting + "/agenda", Map.of("status",
                "PROVISIONAL", "items", NAMES.stream().map(name -> Map.of("title", name)).toList())).status())
                .isEqualTo(200);
    }

    @Test
    void theLetterPrintsEveryScriptAndIsPdfA() throws Exception {
        String letter = created(secretariat.post("/processes/" + process + "/letters", Map.of("reference",
                "CCM/2020/7", "date", "2020-06-18", "place", "Łódź", "subject", "Российская Федерация",
                "body", String.join("\n\n", NAMES), "addressees", List.of("STATES_PARTIES"),
                "signatory", "Nguyễn Văn An", "signatoryTitle", "President")));
        byte[] pdf = get("/processes/" + process + "/letters/" + letter + "/pdf");

        assertPrintsEveryScript(pdf, "en");
        assertThat(PrintedPdf.read(pdf).title()).isEqualTo("Российская Федерация");
        assertThat(PrintedPdf.pdfaFlavour(pdf)).isEqualTo("3u");
        assertThat(PrintedPdf.pdfaFailures(pdf)).isEmpty();
    }

    @Test
    void theAgendaPrintsEveryScriptAndIsPdfA() {
        byte[] pdf = agenda.pdf(process(), meeting(), Locale.FRENCH);

        assertPrintsEveryScript(pdf, "fr");
        assertThat(PrintedPdf.pdfaFailures(pdf)).isEmpty();
    }

    @Test
    void theListOfParticipantsPrintsEveryScript() {
        Api admin = admin();
        for (String state : NAMES.subList(1, 4)) {
            String participant = created(admin.post("/participants", Map.of("name", state, "kind", "STATE")));
            assertThat(aDelegate(admin, participant).api().put("/processes/" + process + "/meetings/" + meeting
                    + "/attendance/mine", Map.of("attendees", List.of(Map.of("name", "Nguyễn Văn An",
                    "function", "Łódź", "speaker", false)))).status()).isEqualTo(200);
        }
        Actor officer = new Actor(UUID.fromString(secretariatOfficer.id()), secretariatOfficer.username(), "Officer",
                null, false);
        Actor.Principal principal = () -> officer;
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of()));
        byte[] pdf;
        try {
            pdf = participants.pdf(process(), meeting(), Locale.ENGLISH);
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertPrintsEveryScript(pdf, "en", NAMES.stream().map(name -> name.equals("Российская Федерация")
                ? "РОССИЙСКАЯ ФЕДЕРАЦИЯ" : name).toList()); // delegations are printed in capitals, as UN lists do
    }

    @Test
    void theCompilationPrintsEveryScript() {
        Consultation consultation = new Consultation(new ConsultationId(UUID.randomUUID()), process().id(), "Łódź",
                null, Instant.now(), Instant.now(), false, Instant.now(), "secretariat", List.of(), List.of(), 0);
        List<Compilation.View> views = NAMES.stream().map(name -> new Compilation.View(UUID.randomUUID(),
                UUID.randomUUID(), name, Category.STATE_PARTY, null, Stance.RETAIN, null, null, List.of())).toList();
        Compilation c = new Compilation(consultation, LocalDate.of(2020, 6, 18), Compilation.Filter.NONE, 5, Map.of(),
                List.of(new Compilation.ElementViews("1", "Российская Федерация", new Compilation.Counts(5, 0, 0),
                        Map.of(), views, List.of())), List.of(), List.of(), List.of());
        byte[] pdf = compilation.of(c, new LanguageVersions<>("en", new ConsultationText("Łódź", Map.of(), Map.of()),
                Map.of()), Locale.forLanguageTag("es"));

        assertPrintsEveryScript(pdf, "es");
    }

    static void assertPrintsEveryScript(byte[] pdf, String language) {
        assertPrintsEveryScript(pdf, language, NAMES);
    }

    static void assertPrintsEveryScript(byte[] pdf, String language, List<String> texts) {
        PrintedPdf printed = PrintedPdf.read(pdf);
        assertThat(printed.fonts()).isNotEmpty();
        assertThat(printed.fontsNotEmbedded()).as("fonts not embedded").isEmpty();
        assertThat(printed.language()).isEqualTo(language);
        assertThat(printed.tagged()).isTrue();
        assertThat(printed.text()).contains(texts);
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private Process process() {
        return processes.require(new ProcessId(UUID.fromString(process)));
    }

    private Meeting meeting() {
        return meetings.require(process(), MeetingId.parse(meeting));
    }

    private byte[] get(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1" + path)).header("Authorization", "Bearer "
                + tokenFor(secretariatOfficer.username(), Fixtures.PASSWORD)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
