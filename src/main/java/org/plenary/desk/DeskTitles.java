package org.plenary.desk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.consultations.Consultations;
import org.plenary.correspondence.Letters;
import org.plenary.meetings.Meetings;
import org.plenary.processes.Process;
import org.plenary.silence.SilenceProcedures;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The titles of a process's desk items in the reader's language, where the text has a version in it. */
@Component
class DeskTitles {

    private final SilenceProcedures silence;
    private final Consultations consultations;
    private final Meetings meetings;
    private final Letters letters;

    DeskTitles(SilenceProcedures silence, Consultations consultations, Meetings meetings, Letters letters) {
        this.silence = silence;
        this.consultations = consultations;
        this.meetings = meetings;
        this.letters = letters;
    }

    List<PendingItem> inReadersLanguage(Process process, List<PendingItem> items) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        Map<UUID, String> titles = new HashMap<>(silence.subjects(process, language));
        titles.putAll(consultations.titles(process, language));
        titles.putAll(meetings.titles(process, language));
        titles.putAll(letters.subjects(process, language));
        return items.stream().map(i -> titles.containsKey(UUID.fromString(i.id()))
                ? i.titled(titles.get(UUID.fromString(i.id()))) : i).toList();
    }
}
