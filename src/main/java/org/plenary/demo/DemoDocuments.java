package org.plenary.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.plenary.documents.Distribution;
import org.plenary.documents.DocumentMetadata;
import org.plenary.documents.DocumentType;
import org.plenary.documents.PublishDocument;
import org.plenary.documents.Upload;
import org.plenary.meetings.AgendaItem;
import org.plenary.meetings.Meeting;
import org.plenary.processes.ProcessId;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;

/**
 * The documents of the demo's Second Preparatory Meeting, published by the President as PDF files written at
 * set-up: its provisional agenda, under item 2 (Adoption of the agenda), and Working Paper 4 on the possible
 * elements of the Lausanne Action Plan, under item 5 (b).
 */
@Component
class DemoDocuments {

    static final String AGENDA = "CCM/CONF/2020/PM.2/1";
    static final String WORKING_PAPER = "CCM/CONF/2020/WP.4";
    private static final String CONFERENCE = "Second Review Conference of the Convention on Cluster Munitions";

    private final PublishDocument publish;

    DemoDocuments(PublishDocument publish) {
        this.publish = publish;
    }

    /** Publishes both documents against {@code meeting}; the caller acts as an officer of {@code process}. */
    void publish(ProcessId process, Meeting meeting) {
        LocalDate agendaIssued = LocalDate.of(2020, 8, 7);
        List<String> items = meeting.agenda().stream()
                .map(item -> (item.parent() == null ? "" : "    ") + item.label() + ". " + item.title()).toList();
        publish(process, meeting, new DocumentMetadata(AGENDA, "Provisional agenda", DocumentType.PROVISIONAL_AGENDA,
                Distribution.GENERAL, "en", "2", meeting.id().value(), null, agendaIssued),
                DemoPdf.of(masthead(AGENDA, agendaIssued), CONFERENCE + " – Second Preparatory Meeting, Geneva, "
                        + "4 September 2020", "Provisional agenda", items));

        LocalDate paperIssued = LocalDate.of(2020, 6, 18);
        publish(process, meeting, new DocumentMetadata(WORKING_PAPER, "Possible elements of the Lausanne Action Plan",
                DocumentType.WORKING_PAPER, Distribution.GENERAL, "en", "5 (b)", meeting.id().value(),
                "the President", paperIssued),
                DemoPdf.of(masthead(WORKING_PAPER, paperIssued), CONFERENCE + " – Second Preparatory Meeting, "
                        + "item 5 (b) of the provisional agenda", "Possible elements of the Lausanne Action Plan "
                        + "(Working Paper 4, submitted by the President)", List.of(
                        "1. The Lausanne Action Plan will guide the implementation of the Convention from the Second "
                                + "Review Conference to the Third. This paper lists possible elements of it, section "
                                + "by section, to prepare the exchange of views under item 5 (b).",
                        "2. Delegations are invited to say, in short and practical interventions, which elements "
                                + "to retain, which to amend and how, and what is missing.",
                        "I. Universalization and the norms of the Convention",
                        "    Possible element: States not party are encouraged to join the Convention without delay "
                                + "and, meanwhile, to act in line with its object and purpose.",
                        "II. Stockpile destruction and retention",
                        "    Possible element: States Parties with stockpiles report on their plans and progress "
                                + "and complete destruction as soon as possible, within their deadlines.",
                        "III. Survey, clearance and risk education",
                        "    Possible element: affected States Parties survey contaminated areas, clear them on the "
                                + "basis of evidence and deliver risk education suited to the people at risk.",
                        "IV. Victim assistance",
                        "    Possible element: victim assistance is integrated into national policies on health, "
                                + "disability, employment and social protection.",
                        "V. International cooperation and assistance, transparency, national implementation",
                        "    Possible element: States Parties in a position to do so support those in need, and all "
                                + "report annually and adopt the national measures the Convention requires.",
                        "Questions: Are actions numbered continuously across sections? Does each action need an "
                                + "indicator? Which elements would you retain, amend or delete, and what is missing?")));
    }

    private void publish(ProcessId process, Meeting meeting, DocumentMetadata metadata, byte[] pdf) {
        String fileName = metadata.symbol().replace('/', '-') + ".pdf";
        publish.execute(new PublishDocument.Command(process, metadata,
                List.of(new Upload("en", fileName, "application/pdf", new ByteArrayResource(pdf)))));
    }

    private static List<String> masthead(String symbol, LocalDate issued) {
        return List.of(symbol, "Distr.: General", issued.format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                Locale.ENGLISH)), "Original: English");
    }
}
