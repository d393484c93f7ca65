package org.plenary.correspondence.web;

import java.util.Optional;
import org.plenary.correspondence.Letter;
import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.WriteLetterVersion;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.VersionForm;
import org.plenary.shared.web.VersionedText;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Letters on the officers' form of a text's version in another language of the process. */
@Component
class LetterVersionTexts implements VersionedText.Source {

    private final Processes processes;
    private final Converter<String, ProcessId> paths;
    private final Letters letters;
    private final WriteLetterVersion write;

    LetterVersionTexts(Processes processes, Converter<String, ProcessId> paths, Letters letters,
            WriteLetterVersion write) {
        this.processes = processes;
        this.paths = paths;
        this.letters = letters;
        this.write = write;
    }

    @Override
    public String kind() {
        return "letters";
    }

    @Override
    public VersionedText find(String code, String id) {
        Process process = processes.require(paths.convert(code));
        if (processes.roleOf(process.id(), Actor.require()).isEmpty()) {
            throw new NotFoundException("Letter", id);
        }
        Letter letter = letters.require(process, LetterId.parse(id));
        return new VersionedText(letter.reference() + " · " + letter.subject(), LetterPages.page(process, letter),
                "versions.subject", "versions.body", "letters.signatoryTitle", process.languages(),
                language -> Optional.ofNullable(letters.versions(letter).versions().get(language))
                        .map(t -> new VersionForm.Values(t.subject(), t.body(), t.signatoryTitle())),
                (language, v) -> write.execute(new WriteLetterVersion.Command(process.id(), letter.id(), language,
                        v.subject(), v.text(), v.second())));
    }
}
