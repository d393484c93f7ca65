package org.plenary.meetings;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.DomainException;
import org.plenary.shared.MeetingId;
import org.plenary.shared.web.ReadableKeys;
import org.springframework.stereotype.Component;

/** A meeting's page is {@code /processes/CCM-2RC/meetings/PM.2}: its kind's abbreviation and its number. */
@Component
class MeetingKeys implements ReadableKeys {

    private static final Pattern KEY = Pattern.compile("([A-Z]{1,3})\\.([1-9]\\d{0,5})");

    private final Processes processes;
    private final Meetings meetings;
    private final MeetingRepository repository;

    MeetingKeys(Processes processes, Meetings meetings, MeetingRepository repository) {
        this.processes = processes;
        this.meetings = meetings;
        this.repository = repository;
    }

    @Override
    public String segment() {
        return "meetings";
    }

    @Override
    public Optional<UUID> id(String code, String key) {
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<MeetingKind> kind = Arrays.stream(MeetingKind.values())
                .filter(k -> k.abbreviation().equals(m.group(1))).findFirst();
        return processes.find(code).flatMap(p -> kind.flatMap(k -> repository.byNumber(p.id(), k,
                Integer.parseInt(m.group(2))))).map(MeetingId::value);
    }

    @Override
    public Optional<String> key(String code, UUID id) {
        Optional<Process> process = processes.find(code);
        try {
            return process.map(p -> meetings.require(p, new MeetingId(id)).key());
        } catch (DomainException notReadable) {
            return Optional.empty();
        }
    }
}
