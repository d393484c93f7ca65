package org.plenary.silence;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.processes.Processes;
import org.plenary.shared.DomainException;
import org.plenary.shared.web.ReadableKeys;
import org.springframework.stereotype.Component;

/** A silence procedure's page is {@code /processes/CCM-2RC/silence/SP.2}: its reference in the process. */
@Component
class ProcedureKeys implements ReadableKeys {

    private static final Pattern KEY = Pattern.compile("SP\\.([1-9]\\d{0,5})");

    private final Processes processes;
    private final SilenceProcedures procedures;
    private final ProcedureRepository repository;

    ProcedureKeys(Processes processes, SilenceProcedures procedures, ProcedureRepository repository) {
        this.processes = processes;
        this.procedures = procedures;
        this.repository = repository;
    }

    @Override
    public String segment() {
        return "silence";
    }

    @Override
    public Optional<UUID> id(String code, String key) {
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        return processes.find(code).flatMap(p -> repository.byNumber(p.id(), Integer.parseInt(m.group(1))))
                .map(SilenceProcedureId::value);
    }

    @Override
    public Optional<String> key(String code, UUID id) {
        try {
            return processes.find(code).map(p -> procedures.require(p, new SilenceProcedureId(id)).reference());
        } catch (DomainException notReadable) {
            return Optional.empty();
        }
    }
}
