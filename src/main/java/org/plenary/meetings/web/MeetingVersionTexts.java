package org.plenary.meetings.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingText;
import org.plenary.meetings.Meetings;
import org.plenary.meetings.WriteMeetingVersion;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.VersionForm;
import org.plenary.shared.web.VersionedText;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Meetings on the officers' form of a text's version in another language of the process: its title, and its agenda
 * items one a line, each after its label ({@code 5 (b). Title}); an item left without a title is read in the
 * original.
 */
@Component
class MeetingVersionTexts implements VersionedText.Source {

    private static final Pattern LINE = Pattern.compile("(\\d{1,2}(?: ?\\(?[a-z]\\))?)\\.?(?:\\s+(.*))?");

    private final Processes processes;
    private final Converter<String, ProcessId> paths;
    private final Meetings meetings;
    private final WriteMeetingVersion write;

    MeetingVersionTexts(Processes processes, Converter<String, ProcessId> paths, Meetings meetings,
            WriteMeetingVersion write) {
        this.processes = processes;
        this.paths = paths;
        this.meetings = meetings;
        this.write = write;
    }

    @Override
    public String kind() {
        return "meetings";
    }

    @Override
    public VersionedText find(String code, String id) {
        Process process = processes.require(paths.convert(code));
        if (processes.roleOf(process.id(), Actor.require()).isEmpty()) {
            throw new NotFoundException("Meeting", id);
        }
        Meeting meeting = meetings.require(process, MeetingId.parse(id));
        return new VersionedText(meeting.title(), MeetingPage.link(process, meeting), "versions.title",
                "versions.agenda", null, process.languages(), language -> Optional.of(typed(meeting,
                        meetings.versions(meeting).versions().get(language))),
                (language, v) -> write.execute(new WriteMeetingVersion.Command(process.id(), meeting.id(), language,
                        v.subject(), items(v.text()))));
    }

    /** The version as typed: its title, and every agenda item's label followed by its title in the version. */
    private static VersionForm.Values typed(Meeting meeting, MeetingText existing) {
        return new VersionForm.Values(existing == null ? "" : existing.title(), meeting.agenda().stream()
                .map(i -> i.label() + ". " + (existing == null ? "" : existing.agenda().getOrDefault(i.label(), "")))
                .collect(Collectors.joining("\n")));
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
}
