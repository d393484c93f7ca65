package org.plenary.consultations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.plenary.consultations.Compilation.AnswerView;
import org.plenary.consultations.Compilation.Counts;
import org.plenary.consultations.Compilation.ElementViews;
import org.plenary.consultations.Compilation.Filter;
import org.plenary.consultations.Compilation.MissingGroup;
import org.plenary.consultations.Compilation.MissingProposal;
import org.plenary.consultations.Compilation.QuestionAnswers;
import org.plenary.consultations.Compilation.SimilarAmendments;
import org.plenary.consultations.Compilation.SimilarMissing;
import org.plenary.consultations.Compilation.View;
import org.plenary.consultations.docx.WordDiff;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.Category;
import org.plenary.roster.Standing;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compiles the current submissions of a consultation for its officers. Categories are those of the roster on the
 * day the consultation closed, or today while it is open.
 */
@Service
@Transactional(readOnly = true)
public class CompileConsultation {

    private final Processes processes;
    private final Consultations consultations;
    private final SubmissionRepository submissions;
    private final Clock clock;

    CompileConsultation(Processes processes, Consultations consultations, SubmissionRepository submissions,
            Clock clock) {
        this.processes = processes;
        this.consultations = consultations;
        this.submissions = submissions;
        this.clock = clock;
    }

    public Compilation execute(ProcessId processId, ConsultationId id, Filter filter) {
        Process process = processes.require(processId);
        ConsultationPolicy.mayRun(processes.roleOf(process.id(), Actor.require())).orForbid();
        Consultation consultation = consultations.require(process, id);
        LocalDate today = processes.today(process);
        LocalDate closed = consultation.closesAt().atZone(process.timeZone()).toLocalDate();
        LocalDate on = closed.isBefore(today) ? closed : today;
        Map<UUID, Category> categories = new HashMap<>();
        for (Standing s : processes.participants(process, on)) {
            categories.put(s.id().value(), s.category());
        }
        return compile(consultation, on, categories, submissions.all(id), filter == null ? Filter.NONE : filter);
    }

    /** The compilation of {@code all} submissions, each participant of category {@code categories.get(id)}. */
    static Compilation compile(Consultation consultation, LocalDate on, Map<UUID, Category> categories,
            List<Submission> all, Filter filter) {
        Comparator<Submission> order = Comparator.comparing((Submission s) -> category(categories, s))
                .thenComparing(s -> s.participantName().toLowerCase(Locale.ROOT));
        List<Submission> shown = all.stream()
                .filter(s -> filter.category() == null || category(categories, s) == filter.category())
                .sorted(order).toList();
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        shown.forEach(s -> byCategory.merge(category(categories, s), 1, Integer::sum));
        Map<String, List<View>> views = new LinkedHashMap<>();
        consultation.elements().forEach(e -> views.put(e.ref(), new ArrayList<>()));
        List<MissingProposal> missing = new ArrayList<>();
        Map<String, List<AnswerView>> answers = new LinkedHashMap<>();
        consultation.questions().forEach(q -> answers.put(q.ref(), new ArrayList<>()));
        for (Submission s : shown) {
            Category category = category(categories, s);
            String group = s.group() == null ? null : s.group().name();
            for (Submission.Position p : s.positions()) {
                String base = consultation.element(p.element()).orElseThrow().text();
                views.get(p.element()).add(new View(p.id(), s.participant(), s.participantName(), category, group,
                        p.stance(), p.proposedText(), p.comment(),
                        p.stance() == Stance.AMEND ? WordDiff.between(base, p.proposedText()) : List.of()));
            }
            s.missing().forEach(m -> missing.add(new MissingProposal(m.id(), s.participant(), s.participantName(),
                    category, m.text(), m.after())));
            s.answers().forEach(a -> answers.get(a.question()).add(new AnswerView(s.participant(),
                    s.participantName(), category, a.text())));
        }
        List<ElementViews> elements = consultation.elements().stream().map(e -> element(e, views.get(e.ref()),
                filter.stance())).toList();
        List<QuestionAnswers> questions = consultation.questions().stream()
                .map(q -> new QuestionAnswers(q.ref(), q.text(), List.copyOf(answers.get(q.ref())))).toList();
        return new Compilation(consultation, on, filter, shown.size(), byCategory, elements, List.copyOf(missing),
                missingGroups(consultation, missing), questions);
    }

    private static Category category(Map<UUID, Category> categories, Submission s) {
        return categories.getOrDefault(s.participant(), Category.OBSERVER_STATE);
    }

    private static ElementViews element(NumberedText element, List<View> views, Stance stance) {
        Map<Category, int[]> tally = new EnumMap<>(Category.class);
        int[] total = new int[Stance.values().length];
        for (View v : views) {
            total[v.stance().ordinal()]++;
            tally.computeIfAbsent(v.category(), k -> new int[Stance.values().length])[v.stance().ordinal()]++;
        }
        Map<Category, Counts> byCategory = new EnumMap<>(Category.class);
        tally.forEach((category, counts) -> byCategory.put(category, counts(counts)));
        Map<String, List<View>> similar = new LinkedHashMap<>();
        views.stream().filter(v -> v.stance() == Stance.AMEND)
                .forEach(v -> similar.computeIfAbsent(normalised(v.proposedText()), k -> new ArrayList<>()).add(v));
        List<SimilarAmendments> groups = similar.values().stream()
                .sorted(Comparator.comparingInt(g -> -g.size()))
                .map(g -> new SimilarAmendments(g.getFirst().proposedText(),
                        g.stream().map(View::participantName).toList(), g.stream().map(View::positionId).toList(),
                        g.getFirst().changes()))
                .toList();
        List<View> shown = views.stream().filter(v -> stance == null || v.stance() == stance).toList();
        return new ElementViews(element.ref(), element.text(), counts(total), byCategory, shown, groups);
    }

    private static Counts counts(int[] byStance) {
        return new Counts(byStance[Stance.RETAIN.ordinal()], byStance[Stance.AMEND.ordinal()],
                byStance[Stance.DELETE.ordinal()]);
    }

    private static List<MissingGroup> missingGroups(Consultation consultation, List<MissingProposal> missing) {
        Map<String, Map<String, List<MissingProposal>>> byPlace = new LinkedHashMap<>();
        consultation.elements().forEach(e -> byPlace.put(e.ref(), new LinkedHashMap<>()));
        byPlace.put(null, new LinkedHashMap<>());
        for (MissingProposal m : missing) {
            byPlace.get(m.after()).computeIfAbsent(normalised(m.text()), k -> new ArrayList<>()).add(m);
        }
        List<MissingGroup> groups = new ArrayList<>();
        byPlace.forEach((after, texts) -> {
            if (!texts.isEmpty()) {
                groups.add(new MissingGroup(after, texts.values().stream()
                        .map(g -> new SimilarMissing(g.getFirst().text(),
                                g.stream().map(MissingProposal::participantName).toList(),
                                g.stream().map(MissingProposal::id).toList()))
                        .toList()));
            }
        });
        return List.copyOf(groups);
    }

    /** A text compared for grouping: lower case, spaces collapsed, without trailing punctuation. */
    static String normalised(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\p{Punct}\\s]+$", "");
    }
}
