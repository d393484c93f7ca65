package org.plenary.silence.web;

import java.util.Optional;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.VersionForm;
import org.plenary.shared.web.VersionedText;
import org.plenary.silence.SilenceProcedure;
import org.plenary.silence.SilenceProcedureId;
import org.plenary.silence.SilenceProcedures;
import org.plenary.silence.WriteProcedureVersion;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Silence procedures on the officers' form of a text's version in another language of the process. */
@Component
class ProcedureVersionTexts implements VersionedText.Source {

    private final Processes processes;
    private final Converter<String, ProcessId> paths;
    private final SilenceProcedures procedures;
    private final WriteProcedureVersion write;

    ProcedureVersionTexts(Processes processes, Converter<String, ProcessId> paths, SilenceProcedures procedures,
            WriteProcedureVersion write) {
        this.processes = processes;
        this.paths = paths;
        this.procedures = procedures;
        this.write = write;
    }

    @Override
    public String kind() {
        return "silence";
    }

    @Override
    public VersionedText find(String code, String id) {
        Process process = processes.require(paths.convert(code));
        if (!procedures.officer(process)) {
            throw new NotFoundException("Silence procedure", id);
        }
        SilenceProcedure p = procedures.require(process, SilenceProcedureId.parse(id));
        return new VersionedText(p.reference() + " · " + p.subject(), SilencePages.page(process, p),
                "versions.proposal", process.languages(), language -> Optional.ofNullable(procedures.view(process,
                        p.id()).versions().versions().get(language)).map(t -> new VersionForm.Values(t.subject(),
                        t.proposal())),
                (language, v) -> write.execute(new WriteProcedureVersion.Command(process.id(), p.id(), language,
                        v.subject(), v.text())));
    }
}
