package org.plenary.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.NumberedText;
import org.plenary.consultations.OpenConsultation;
import org.plenary.consultations.Stance;
import org.plenary.consultations.SubmitViews;
import org.plenary.consultations.SubmitViews.AnswerInput;
import org.plenary.consultations.SubmitViews.MissingInput;
import org.plenary.consultations.SubmitViews.PositionInput;
import org.plenary.documents.Documents;
import org.plenary.identity.Account;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The consultation of the demo, shaped on Working Paper 4 (possible elements of the Lausanne Action Plan): a few
 * elements and guiding questions, open from 09:00 a week ago until 18:00 in three weeks (process time), so that
 * the demo delegates can still change their views, and the views of Switzerland, the Lao PDR and the ICRC already given. It is opened on the
 * paper that {@link DemoDocuments} published.
 */
@Component
class DemoConsultations {

    private final OpenConsultation open;
    private final SubmitViews submit;
    private final Processes processes;
    private final Documents documents;
    private final Clock clock;

    DemoConsultations(OpenConsultation open, SubmitViews submit, Processes processes, Documents documents,
            Clock clock) {
        this.open = open;
        this.submit = submit;
        this.processes = processes;
        this.documents = documents;
        this.clock = clock;
    }

    void create(ProcessId process, Account president, Map<String, Account> delegates) {
        ZonedDateTime today = ZonedDateTime.now(clock.withZone(processes.require(process).timeZone()));
        Instant opens = today.minusDays(7).with(LocalTime.of(9, 0)).toInstant();
        Instant closes = today.plusDays(21).with(LocalTime.of(18, 0)).toInstant();
        String paper = documents.visible(processes.require(process)).stream()
                .filter(document -> document.symbol() != null
                        && document.symbol().toString().equals(DemoDocuments.WORKING_PAPER))
                .map(document -> document.id().toString()).findFirst().orElseThrow();
        Consultation[] wp4 = new Consultation[1];
        SystemActor.runAs(actor(president), () -> wp4[0] = open.execute(new OpenConsultation.Command(process,
                "Working Paper 4: possible elements of the Lausanne Action Plan", paper, opens, closes, List.of(
                        new NumberedText("1", "Universalize the Convention by promoting its norms and engaging with "
                                + "States not party."),
                        new NumberedText("2", "Destroy all stockpiled cluster munitions as soon as possible and no "
                                + "later than the deadline of Article 3."),
                        new NumberedText("3", "Clear and destroy cluster munition remnants in contaminated areas as "
                                + "soon as possible."),
                        new NumberedText("4 (a)", "Provide adequate age- and gender-sensitive assistance to cluster "
                                + "munition victims."),
                        new NumberedText("4 (b)", "Collect data on victims disaggregated by sex and age."),
                        new NumberedText("5", "Submit transparency reports under Article 7 by 30 April each year.")),
                List.of(new NumberedText("1", "Which of the elements should be retained in the Lausanne Action Plan?"),
                        new NumberedText("2", "What indicators would measure progress on each action?")))));
        views(delegates.get("delegate.che"), process, wp4[0], List.of(
                new PositionInput("1", Stance.RETAIN, null, null),
                new PositionInput("3", Stance.AMEND, "Clear and destroy cluster munition remnants in contaminated "
                        + "areas within the deadline of Article 4.", "A date can be measured."),
                new PositionInput("5", Stance.RETAIN, null, null)),
                List.of(new MissingInput("Strengthen cooperation and assistance between States Parties.", "4 (b)")),
                List.of(new AnswerInput("2", "Hectares released each year; reports submitted on time.")));
        views(delegates.get("delegate.lao"), process, wp4[0], List.of(
                new PositionInput("2", Stance.RETAIN, null, null),
                new PositionInput("3", Stance.AMEND, "Clear and destroy cluster munition remnants in contaminated "
                        + "areas within the deadline of Article 4.", null),
                new PositionInput("4 (a)", Stance.AMEND, "Provide adequate, sustainable age- and gender-sensitive "
                        + "assistance to cluster munition victims.", "Funding must last.")),
                List.of(new MissingInput("Strengthen international cooperation and assistance.", "4 (b)")),
                List.of());
        views(delegates.get("delegate.icrc"), process, wp4[0], List.of(
                new PositionInput("4 (a)", Stance.RETAIN, null, "Central to the Convention."),
                new PositionInput("4 (b)", Stance.AMEND, "Collect data on victims disaggregated by sex, age and "
                        + "disability.", null),
                new PositionInput("5", Stance.DELETE, null, "Already required by the Convention.")),
                List.of(), List.of(new AnswerInput("1", "All of them, with measurable commitments.")));
    }

    private void views(Account delegate, ProcessId process, Consultation consultation, List<PositionInput> positions,
            List<MissingInput> missing, List<AnswerInput> answers) {
        SystemActor.runAs(actor(delegate), () -> submit.execute(new SubmitViews.Command(process, consultation.id(),
                positions, missing, answers, null, null)));
    }

    private static Actor actor(Account account) {
        return new Actor(account.id().value(), account.username(), account.displayName(), account.participant(),
                false);
    }
}
