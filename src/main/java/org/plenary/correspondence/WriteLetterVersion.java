package org.plenary.correspondence;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ContentLanguages;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds or corrects the version of a letter in another language of its process. Before the letter is sent a
 * version may be added or corrected; once sent, the delegations have read it: a version can still be added,
 * but not changed.
 */
@Service
public class WriteLetterVersion {

    /** {@code signatoryTitle} may be null: the version is then signed with the original's title. */
    public record Command(ProcessId process, LetterId letter, String language, String subject, String body,
            String signatoryTitle) {
    }

    public record Outcome(Letter letter, LanguageVersions<LetterText> versions) {
    }

    private final Processes processes;
    private final LetterRepository letters;
    private final LetterVersionRepository versions;
    private final AuditLog audit;
    private final Clock clock;

    WriteLetterVersion(Processes processes, LetterRepository letters, LetterVersionRepository versions,
            AuditLog audit, Clock clock) {
        this.processes = processes;
        this.letters = letters;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Outcome execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        CorrespondencePolicy.mayWriteVersions(processes.roleOf(process.id(), actor)).orForbid();
        Letter letter = letters.lock(c.letter()).filter(l -> l.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Letter", c.letter()));
        String language = ContentLanguages.require(c.language(), process.languages());
        LanguageVersions<LetterText> before = versions.of(letter);
        String what = "the letter " + letter.reference();
        before.requireWritable(language, letter.sent(), what);
        LetterText text = new LetterText(TextInput.line("subject", c.subject(), 300),
                TextInput.lines("body", c.body(), 50_000), TextInput.optionalLine("signatoryTitle",
                        c.signatoryTitle(), 200));
        versions.save(letter.id(), language, text, clock.instant(), actor.username());
        Map<String, Object> after = audited(letter, language, text);
        LetterText earlier = before.versions().get(language);
        audit.record(earlier == null
                ? AuditRecord.created("correspondence.letter.version-added", "letter", letter.id(),
                        process.id().value(), after)
                : AuditRecord.changed("correspondence.letter.version-changed", "letter", letter.id(),
                        process.id().value(), audited(letter, language, earlier), after));
        return new Outcome(letter, versions.of(letter));
    }

    private static Map<String, Object> audited(Letter letter, String language, LetterText text) {
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("reference", letter.reference(), "language",
                language, "subject", text.subject(), "body", text.body()));
        if (text.signatoryTitle() != null) {
            fields.put("signatoryTitle", text.signatoryTitle());
        }
        return fields;
    }
}
