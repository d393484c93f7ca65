package org.plenary.meetings.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.contacts.NoticeCoverages;
import org.plenary.documents.Document;
import org.plenary.documents.Documents;
import org.plenary.meetings.AgendaItem;
import org.plenary.meetings.AgendaStatus;
import org.plenary.meetings.InterventionKind;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingFormat;
import org.plenary.meetings.MeetingKind;
import org.plenary.meetings.MeetingText;
import org.plenary.meetings.Meetings;
import org.plenary.meetings.Speaker;
import org.plenary.meetings.WriteMeetingVersion;
import org.plenary.meetings.web.MeetingForms.AgendaText;
import org.plenary.meetings.web.MeetingForms.NewMeeting;
import org.plenary.meetings.web.MeetingPageForms.FilingForm;
import org.plenary.meetings.web.MeetingPageForms.FloorForm;
import org.plenary.meetings.web.MeetingPageForms.StatementForm;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.Actor;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.MeetingId;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.VersionChoice;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Builds the meetings list and the meeting page, for the pages and for forms answered with their errors. */
@Component
class MeetingViews {

    static final NewMeeting EMPTY_MEETING = new NewMeeting("", MeetingKind.PREPARATORY_MEETING,
            MeetingFormat.IN_PERSON, null, null, null, "", "", false);

    private final Processes processes;
    private final Meetings meetings;
    private final Documents documents;
    private final NoticeCoverages coverages;

    MeetingViews(Processes processes, Meetings meetings, Documents documents, NoticeCoverages coverages) {
        this.coverages = coverages;
        this.documents = documents;
        this.processes = processes;
        this.meetings = meetings;
    }

    /** The address of a meeting's page, for the redirect after a form. */
    String link(Process process, MeetingId meeting) {
        return MeetingPage.link(process, meetings.require(process, meeting));
    }

    /** The meetings of the process, each under its title in the reader's language where it has that version. */
    String list(Process process, Form<NewMeeting> form, Model model) {
        model.addAttribute("process", process);
        Map<UUID, String> titles = meetings.titles(process, LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("meetings", meetings.of(process).stream().map(m -> titles.containsKey(m.id().value())
                ? new MeetingText(titles.get(m.id().value()), Map.of()).applyTo(m) : m).toList());
        model.addAttribute("chair", processes.roleOf(process.id(), Actor.require()).isPresent());
        model.addAttribute("meetingForm", form);
        return "meetings/list";
    }

    /**
     * The page of a meeting; {@code agendaForm} carries a refused agenda, else the agenda as it stands. A refused
     * form of the page is already in the model (statementForm, filingForm, floorForm); the others
     * are blank.
     */
    String meeting(Process process, MeetingId id, Form<AgendaText> agendaForm, Model model) {
        return meeting(process, id, agendaForm, null, model);
    }

    /** The page of a meeting in the language version {@code version} asked for, else the reader's, else the original. */
    String meeting(Process process, MeetingId id, Form<AgendaText> agendaForm, String version, Model model) {
        Meeting original = meetings.require(process, id);
        LanguageVersions<MeetingText> versions = meetings.versions(original);
        VersionChoice choice = VersionChoice.of(versions, version);
        Meeting meeting = versions.in(choice.shown()).applyTo(original);
        Actor actor = Actor.require();
        boolean chair = processes.roleOf(process.id(), actor).isPresent();
        boolean isFinal = WriteMeetingVersion.isFinal(original);
        List<String> writable = !chair ? List.of() : process.languages().stream()
                .filter(l -> !l.equals(versions.original())).filter(l -> !isFinal || !versions.has(l)).toList();
        Map<String, List<Document>> filed = documents.ofMeeting(process, meeting.id()).stream()
                .filter(d -> d.agendaItem() != null && d.current())
                .collect(Collectors.groupingBy(Document::agendaItem));
        model.addAttribute("meeting", new MeetingPage(process, meeting, meeting.agenda().stream()
                .map(item -> {
                    var list = meetings.listState(process, meeting, item.label());
                    return new MeetingPage.ItemRow(item, list, waits(actor, list.waiting()),
                            waits(actor, list.pointsOfOrder()), waits(actor, list.replies()),
                            item.label().equals(meeting.currentItem()), filed.getOrDefault(item.label(), List.of()));
                }).toList(),
                chair, actor.delegate(), mayAsk(process, meeting, actor, InterventionKind.POINT_OF_ORDER),
                mayAsk(process, meeting, actor, InterventionKind.RIGHT_OF_REPLY),
                chair ? documents.visible(process).stream().filter(Document::current).toList() : List.of(),
                chair ? coverages.last(meeting.id().value()) : Optional.empty(), choice, writable));
        model.addAttribute("statementForm", model.getAttribute("statementForm") instanceof Form<?> f ? f
                : Form.of(StatementForm.EMPTY));
        model.addAttribute("filingForm", model.getAttribute("filingForm") instanceof Form<?> f ? f
                : Form.of(FilingForm.EMPTY));
        model.addAttribute("floorForm", model.getAttribute("floorForm") instanceof Form<?> f ? f
                : Form.of(FloorForm.EMPTY));
        model.addAttribute("agendaForm", agendaForm != null ? agendaForm : Form.of(new AgendaText(
                original.agendaStatus() == null ? AgendaStatus.PROVISIONAL : original.agendaStatus(),
                original.agenda().stream().map(MeetingViews::line).collect(Collectors.joining("\n")))));
        return "meetings/meeting";
    }

    private boolean mayAsk(Process process, Meeting meeting, Actor actor, InterventionKind kind) {
        return actor.delegate() && meetings.mayAsk(process, meeting, new ParticipantId(actor.participantId()), kind);
    }

    private static boolean waits(Actor actor, List<Speaker> speakers) {
        return actor.delegate() && speakers.stream().anyMatch(s -> s.participantId().equals(actor.participantId()));
    }

    private static String line(AgendaItem item) {
        return item.parent() == null ? item.title() : "- " + item.title();
    }
}
