package org.plenary.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingId;
import org.plenary.meetings.MeetingText;
import org.plenary.meetings.Meetings;
import org.plenary.meetings.WriteMeetingVersion;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ContentLanguages;
import org.plenary.shared.DomainException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.plenary.shared.web.VersionForm;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' form of a meeting's version in another language of the process: its title, and its agenda items
 * one a line, each after its label ({@code 5 (b). Title}); an item left without a title is read in the original.
 */
@PageController
class MeetingVersionPagesController {

    private static final String PATH = "/processes/{code}/meetings/{id}/versions/{lang}";
    private static final Pattern LINE = Pattern.compile("(\\d{1,2}(?: ?\\(?[a-z]\\))?)\\.?(?:\\s+(.*))?");

    private final Processes processes;
    private final Meetings meetings;
    private final WriteMeetingVersion write;

    MeetingVersionPagesController(Processes processes, Meetings meetings, WriteMeetingVersion write) {
        this.processes = processes;
        this.meetings = meetings;
        this.write = write;
    }

    @GetMapping(PATH)
    String form(@PathVariable String code, @PathVariable String id, @PathVariable String lang, Model model) {
        Process process = processes.require(code);
        Meeting meeting = officersMeeting(process, id);
        String language = ContentLanguages.require(lang, process.languages());
        MeetingText existing = meetings.versions(meeting).versions().get(language);
        String items = meeting.agenda().stream().map(i -> i.label() + ". "
                + (existing == null ? "" : existing.agenda().getOrDefault(i.label(), "")))
                .collect(Collectors.joining("\n"));
        return view(process, meeting, language, Form.of(new VersionForm.Values(
                existing == null ? "" : existing.title(), items)), model);
    }

    @PostMapping(PATH)
    String save(@PathVariable String code, @PathVariable String id, @PathVariable String lang,
            VersionForm.Values form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        Meeting meeting = officersMeeting(process, id);
        try {
            write.execute(new WriteMeetingVersion.Command(code, meeting.id(), lang, form.subject(),
                    items(form.text())));
            Notice.send(redirect, "versions.saved", lang);
            return "redirect:" + MeetingPage.link(process, meeting) + "?version=" + lang;
        } catch (DomainException e) {
            return view(process, meeting, lang, Form.refused(form, e, response), model);
        }
    }

    /** The items typed, one a line after its label; lines with a label alone are left out. */
    static Map<String, String> items(String typed) {
        Map<String, String> items = new LinkedHashMap<>();
        for (String raw : (typed == null ? "" : typed).split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw InvalidInputException.of("agenda", "Begin each line with the label of its agenda item: '"
                        + line + "'");
            }
            if (m.group(2) != null && !m.group(2).isBlank()) {
                items.put(m.group(1), m.group(2));
            }
        }
        return items;
    }

    private Meeting officersMeeting(Process process, String id) {
        if (processes.roleOf(process.id(), Actor.require()).isEmpty()) {
            throw new NotFoundException("Meeting", id);
        }
        return meetings.require(process, MeetingId.parse(id));
    }

    private String view(Process process, Meeting meeting, String language, Form<VersionForm.Values> form,
            Model model) {
        model.addAttribute("version", new VersionForm(meeting.title(), MeetingPage.link(process, meeting), language,
                "versions.title", "versions.agenda", null, form));
        return "versions/form";
    }
}
