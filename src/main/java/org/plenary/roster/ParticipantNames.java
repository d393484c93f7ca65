package org.plenary.roster;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.shared.ContentLanguages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names of participants in the six official languages, where known: the English name is the participant's
 * name; the others are kept beside it.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class ParticipantNames {

    /** The languages whose names the roster import may give, with their columns: {@code name_fr}, … */
    static final List<String> TRANSLATED = List.of("ar", "zh", "fr", "ru", "es");

    private final JdbcClient jdbc;

    ParticipantNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The participant's names, by language in the official order, its English name among them. */
    public Map<String, String> of(Participant participant) {
        return of(participant, Map.of(participant.id().value(), stored(participant.id())));
    }

    /** The participant's names, as {@link #of(Participant)}, from {@code all} the names of {@link #all()}. */
    public Map<String, String> of(Participant participant, Map<UUID, Map<String, String>> all) {
        Map<String, String> known = new HashMap<>(all.getOrDefault(participant.id().value(), Map.of()));
        known.put("en", participant.name());
        Map<String, String> names = new LinkedHashMap<>();
        ContentLanguages.OFFICIAL.stream().filter(known::containsKey).forEach(l -> names.put(l, known.get(l)));
        return names;
    }

    /** Every participant's names, for lists: by participant, by language (the English name not among them). */
    public Map<UUID, Map<String, String>> all() {
        Map<UUID, Map<String, String>> all = new HashMap<>();
        jdbc.sql("select participant, language, name from participant_name").query(rs -> {
            all.computeIfAbsent(rs.getObject("participant", UUID.class), p -> new HashMap<>())
                    .put(rs.getString("language"), rs.getString("name"));
        });
        return all;
    }

    /** The names of every participant in {@code language} (English where it is not among the six). */
    public LocalNames in(String language) {
        String code = ContentLanguages.OFFICIAL.contains(language) ? language : "en";
        Map<UUID, String> names = new HashMap<>();
        if (!code.equals("en")) {
            jdbc.sql("select participant, name from participant_name where language = :language")
                    .param("language", code)
                    .query(rs -> {
                        names.put(rs.getObject("participant", UUID.class), rs.getString("name"));
                    });
        }
        return new LocalNames(code, names);
    }

    Map<String, String> stored(ParticipantId participant) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select language, name from participant_name where participant = :participant")
                .param("participant", participant.value())
                .query(rs -> {
                    names.put(rs.getString("language"), rs.getString("name"));
                });
        return names;
    }
}
