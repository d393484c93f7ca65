package org.plenary.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenary.documents.Distribution;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentType;
import org.plenary.documents.Documents;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The agenda of a meeting as a UN document, in HTML and PDF, in the reader's language when the meeting has a version
 * in it (else in the original, saying which languages it exists in). If it is published as a document (a provisional
 * agenda filed against the meeting), the masthead carries that document's symbol, distribution and date;
 * otherwise it is of general distribution, dated today. Under each item are the documents filed against it
 * that the reader may see.
 */
@Component
public class AgendaRendering {

    private final Processes processes;
    private final Documents documents;
    private final MessageSource messages;
    private final PrintRendering rendering;
    private final MeetingVersionRepository versions;

    AgendaRendering(Processes processes, Documents documents, MessageSource messages, PrintRendering rendering,
            MeetingVersionRepository versions) {
        this.versions = versions;
        this.processes = processes;
        this.documents = documents;
        this.messages = messages;
        this.rendering = rendering;
    }

    public String html(Process process, Meeting meeting, Locale locale) {
        return rendering.html("meetings/agenda-document.jte", params(process, meeting, locale));
    }

    public byte[] pdf(Process process, Meeting meeting, Locale locale) {
        return rendering.pdf("meetings/agenda-document.jte", params(process, meeting, locale));
    }

    private Map<String, Object> params(Process process, Meeting meeting, Locale locale) {
        Texts t = new Texts(messages, locale);
        return Map.of("t", t, "agenda", document(process, meeting, t, dated(locale)));
    }

    /**
     * The agenda in the reader's language ({@code t}) when the meeting has a version in it, else in its original
     * language with the line that says which languages it exists in.
     */
    AgendaDocument document(Process process, Meeting original, Texts t, DateTimeFormatter dates) {
        LanguageVersions<MeetingText> texts = versions.of(original);
        String shown = texts.shownTo(t.language());
        Meeting meeting = texts.in(shown).applyTo(original);
        List<Document> filed = documents.ofMeeting(process, meeting.id()).stream()
                .filter(Document::current).toList();
        Optional<Document> published = filed.stream().filter(d -> d.type() == DocumentType.PROVISIONAL_AGENDA)
                .max(Comparator.comparing(Document::issuedOn));
        Map<String, List<String>> byItem = filed.stream()
                .filter(d -> d.agendaItem() != null && !published.map(p -> p.id().equals(d.id())).orElse(false))
                .sorted(Comparator.comparing(Document::issuedOn))
                .collect(Collectors.groupingBy(Document::agendaItem, Collectors.mapping(AgendaRendering::reference,
                        Collectors.toList())));
        List<AgendaDocument.Entry> items = meeting.agenda().stream().filter(i -> i.parent() == null)
                .map(top -> new AgendaDocument.Entry(top.label(), top.title(), meeting.agenda().stream()
                        .filter(sub -> top.label().equals(sub.parent()))
                        .map(sub -> new AgendaDocument.Entry(sub.label().substring(sub.label().indexOf('(')),
                                sub.title(), List.of(), byItem.getOrDefault(sub.label(), List.of())))
                        .toList(), byItem.getOrDefault(top.label(), List.of())))
                .toList();
        AgendaStatus status = meeting.agendaStatus() == null ? AgendaStatus.PROVISIONAL : meeting.agendaStatus();
        LocalDate date = published.map(Document::issuedOn).orElse(processes.today(process));
        String start = dates.format(meeting.start().atZone(meeting.timeZone()));
        String end = dates.format(meeting.end().atZone(meeting.timeZone()));
        String when = start.equals(end) ? start : start + " – " + end;
        return new AgendaDocument(t.language(), shown, t.otherLanguagesLine(shown, texts.languages()),
                published.flatMap(d -> Optional.ofNullable(d.symbol())).map(s -> s.value()).orElse(null),
                t.label(published.map(Document::distribution).orElse(Distribution.GENERAL)),
                dates.format(date), t.languageName(published.map(Document::originalLanguage)
                        .orElse(texts.original())),
                process.title(), meeting.title(), meeting.venue() == null ? when : meeting.venue() + ", " + when,
                t.get(status == AgendaStatus.PROVISIONAL ? "agenda.provisional" : "agenda.adopted"),
                status == AgendaStatus.ADOPTED_AS_ORALLY_AMENDED ? t.get("agenda.orallyAmended") : null, items);
    }

    /** English documents are dated the British way used at the United Nations: 4 September 2020. */
    static DateTimeFormatter dated(Locale locale) {
        Locale dating = locale.getLanguage().equals("en") ? Locale.UK : locale;
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(dating);
    }

    private static String reference(Document d) {
        return d.symbol() == null ? d.title() + (d.submittedBy() == null ? "" : " (" + d.submittedBy() + ")")
                : d.symbol().value() + " – " + d.title();
    }
}
