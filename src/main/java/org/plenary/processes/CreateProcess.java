package org.plenary.processes;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.roster.Roster;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.InvalidInputException.FieldError;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a process: a conference cycle such as {@code CCM-2RC}. */
@Service
public class CreateProcess {

    static final Duration DEFAULT_SILENCE_PERIOD = Duration.ofHours(72);
    static final Duration MAX_SILENCE_PERIOD = Duration.ofDays(60);

    public record Command(String code, String title, String treaty, String timeZone, List<String> languages,
            String silenceMinimumPeriod) {
    }

    private final ProcessRepository processes;
    private final Roster roster;
    private final AuditLog audit;
    private final Clock clock;

    CreateProcess(ProcessRepository processes, Roster roster, AuditLog audit, Clock clock) {
        this.processes = processes;
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Process execute(Command command) {
        ProcessPolicy.mayCreate(Actor.require()).orForbid();
        List<FieldError> errors = new ArrayList<>();
        String code = command.code() == null ? "" : command.code().strip();
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9-]{0,39}")) {
            errors.add(new FieldError("code", "A code has 1 to 40 letters, digits or hyphens (e.g. CCM-2RC)"));
        } else if (code.matches("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}")) {
            errors.add(new FieldError("code", "A code cannot have the form of an id"));
        }
        String title = command.title() == null ? "" : command.title().strip();
        if (title.isEmpty() || title.length() > 300 || !TextInput.isLine(title)) {
            errors.add(new FieldError("title", "A title of 1 to 300 characters, on one line, is required"));
        }
        if (!roster.treatyExists(command.treaty())) {
            errors.add(new FieldError("treaty", "No treaty has the code '" + command.treaty() + "'"));
        }
        ZoneId zone = zone(command.timeZone(), errors);
        List<String> languages = languages(command.languages(), errors);
        Duration period = period(command.silenceMinimumPeriod(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().map(e -> e.field() + ": " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElseThrow(), errors);
        }
        if (processes.findByCode(code).isPresent()) {
            throw new ConflictException("A process with the code " + code + " already exists");
        }
        Process process = new Process(new ProcessId(UUID.randomUUID()), code, title, command.treaty(), zone,
                languages, period, clock.instant().truncatedTo(ChronoUnit.MICROS));
        processes.insert(process);
        audit.record(AuditRecord.created("processes.process.created", "process", process.id(),
                process.id().value(), Map.of("code", code, "title", title, "treaty", command.treaty(),
                        "timeZone", zone.getId(), "languages", languages, "silenceMinimumPeriod", period.toString())));
        return process;
    }

    private static ZoneId zone(String text, List<FieldError> errors) {
        if (text != null && ZoneId.getAvailableZoneIds().contains(text.strip())) {
            return ZoneId.of(text.strip());
        }
        errors.add(new FieldError("timeZone", "'" + text + "' is not a time zone name such as Europe/Zurich"));
        return null;
    }

    private static List<String> languages(List<String> requested, List<FieldError> errors) {
        if (requested == null || requested.isEmpty()) {
            errors.add(new FieldError("languages", "At least one language is required"));
            return List.of();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String language : requested) {
            String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
            if (!Process.LANGUAGES.contains(code)) {
                errors.add(new FieldError("languages", "'" + language
                        + "' is not one of the official languages ar, zh, en, fr, ru, es"));
            } else if (!codes.add(code)) {
                errors.add(new FieldError("languages", "'" + code + "' is listed twice"));
            }
        }
        return List.copyOf(codes);
    }

    private static Duration period(String text, List<FieldError> errors) {
        if (text == null) {
            return DEFAULT_SILENCE_PERIOD;
        }
        try {
            Duration period = Duration.parse(text.strip());
            if (!period.isNegative() && !period.isZero() && period.compareTo(MAX_SILENCE_PERIOD) <= 0) {
                return period;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError("silenceMinimumPeriod",
                "'" + text + "' is not an ISO-8601 duration between PT1S and P60D, such as PT72H"));
        return null;
    }
}
