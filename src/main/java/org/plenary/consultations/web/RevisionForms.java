package org.plenary.consultations.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.consultations.Compilation;
import org.plenary.consultations.ConsultationId;
import org.plenary.consultations.DraftRevision;
import org.plenary.consultations.NumberedText;
import org.plenary.consultations.Revision;
import org.plenary.consultations.Revision.Origin;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.shared.InvalidInputException;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The form of the revised text: per element {@code take.<ref>} (BASE, DELETED, OWN or the id of the amendment
 * taken), {@code own.<ref>} and the positions cited, {@code cite.<ref>}; added elements in rows {@code addedRef.<i>},
 * {@code addedAfter.<i>}, {@code addedText.<i>} with the missing proposals they answer, {@code addedCite.<i>}.
 */
public final class RevisionForms {

    static final int BLANK_ADDED = 2;

    private RevisionForms() {
    }

    /** What the revision page shows: the compilation to choose from and the draft so far. */
    public record RevisionPage(Process process, Compilation compilation, Optional<Revision> revision) {

        public String path() {
            return ConsultationPages.page(process, compilation.consultation());
        }

        public boolean issued() {
            return revision.filter(r -> r.status() == Revision.Status.ISSUED).isPresent();
        }
    }

    /** The values of the form: the draft as saved, or as posted when it was refused. */
    public record Values(MultiValueMap<String, String> values) {

        public String value(String name) {
            String value = values.getFirst(name);
            return value == null ? "" : value;
        }

        public boolean is(String name, String value) {
            return values.getOrDefault(name, List.of()).contains(value);
        }

        public int addedRows() {
            int given = 0;
            while (values.containsKey("addedText." + given)) {
                given++;
            }
            return given + BLANK_ADDED;
        }

        static Values of(Optional<Revision> revision) {
            MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
            int added = 0;
            String previous = null;
            for (Revision.RevisedElement e : revision.map(Revision::elements).orElse(List.of())) {
                if (e.origin() == Origin.ADDED) {
                    values.add("addedRef." + added, e.ref());
                    values.add("addedAfter." + added, previous);
                    values.add("addedText." + added, e.text());
                    String cited = "addedCite." + added;
                    e.missing().forEach(m -> values.add(cited, m.toString()));
                    added++;
                } else {
                    boolean proposal = e.origin() == Origin.PROPOSAL && !e.positions().isEmpty();
                    values.add("take." + e.ref(), proposal ? e.positions().getFirst().toString() : e.origin().name());
                    values.add("own." + e.ref(), e.origin() == Origin.OWN ? e.text() : null);
                    e.positions().stream().skip(proposal ? 1 : 0).forEach(p -> values.add("cite." + e.ref(), p.toString()));
                }
                if (e.origin() != Origin.ADDED) {
                    previous = e.ref();
                }
            }
            return new Values(values);
        }
    }

    static DraftRevision.Command command(ProcessId process, ConsultationId id, List<NumberedText> elements,
            MultiValueMap<String, String> form) {
        List<DraftRevision.Choice> choices = new ArrayList<>();
        for (NumberedText e : elements) {
            String take = form.getFirst("take." + e.ref());
            List<UUID> cited = ids("cite." + e.ref(), form.getOrDefault("cite." + e.ref(), List.of()));
            if (take == null || take.isBlank() || take.equals(Origin.BASE.name())) {
                choices.add(new DraftRevision.Choice(e.ref(), Origin.BASE, null, null, cited));
            } else if (take.equals(Origin.DELETED.name()) || take.equals(Origin.OWN.name())) {
                choices.add(new DraftRevision.Choice(e.ref(), Origin.valueOf(take), null,
                        form.getFirst("own." + e.ref()), cited));
            } else {
                choices.add(new DraftRevision.Choice(e.ref(), Origin.PROPOSAL, ids("take." + e.ref(), List.of(take))
                        .getFirst(), null, cited));
            }
        }
        List<DraftRevision.Addition> added = new ArrayList<>();
        for (int i = 0; form.containsKey("addedText." + i); i++) {
            String text = form.getFirst("addedText." + i);
            if (text != null && !text.isBlank()) {
                added.add(new DraftRevision.Addition(form.getFirst("addedRef." + i), form.getFirst("addedAfter." + i),
                        text, ids("addedCite." + i, form.getOrDefault("addedCite." + i, List.of()))));
            }
        }
        return new DraftRevision.Command(process, id, choices, added);
    }

    private static List<UUID> ids(String field, List<String> values) {
        try {
            return values.stream().filter(v -> v != null && !v.isBlank()).map(UUID::fromString).toList();
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "Not a view of the consultation");
        }
    }
}
