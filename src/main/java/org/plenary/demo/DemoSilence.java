package org.plenary.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.plenary.correspondence.AddresseeGroup;
import org.plenary.correspondence.DraftLetter;
import org.plenary.correspondence.Letter;
import org.plenary.identity.Account;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.Meetings;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.RecordObligationDeadline;
import org.plenary.roster.Roster;
import org.plenary.shared.Actor;
import org.plenary.silence.CirculateProcedure;
import org.plenary.silence.ConcludeProcedure;
import org.plenary.silence.DraftProcedure;
import org.plenary.silence.DraftProcedure.EffectRequest;
import org.plenary.silence.Effect;
import org.plenary.silence.RecordObjection;
import org.plenary.silence.SilenceProcedure;
import org.plenary.silence.SilenceProcedures;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The silence procedures of the demo. First the one of June 2020 that moved the First Preparatory Meeting from
 * 8 to 29 June, replayed with the demo's clock standing at the times of 2020 (drafted and circulated after the
 * informal briefing of 8 June and announced by a letter of the President from Geneva, adopted at its deadline with
 * the States Parties of that day eligible), so that it is adopted, moves the meeting and drafts its outcome letter
 * (referring to the announcing letter) through the operations themselves; its times of day are illustrative. Then
 * the Article 4 extension requests of Bosnia and Herzegovina, Peru and Bulgaria of February 2021 as one procedure
 * with three draft decisions (illustrative texts and dates), replayed likewise: an (illustrative) objection of
 * Switzerland reaches the draft on Peru's request, and the two others are adopted at the deadline, extending the
 * Article 4 deadlines of Bosnia and Herzegovina and Bulgaria recorded in the roster beforehand (Peru, not in the
 * demo's roster, has none). Then one open
 * when the demo starts, with its deadline at 18:00 Geneva time four days after the demo was set up. With the
 * profile {@code demo} only, like the clock it replays 2020 and 2021 with.
 */
@Component
@Profile("demo")
class DemoSilence {

    private static final Instant CIRCULATED = OffsetDateTime.parse("2020-06-08T15:00:00+02:00").toInstant();
    private static final Instant DEADLINE = OffsetDateTime.parse("2020-06-12T18:00:00+02:00").toInstant();
    private static final Instant EXTENSIONS_CIRCULATED = OffsetDateTime.parse("2021-02-01T10:00:00+01:00").toInstant();
    private static final Instant EXTENSIONS_OBJECTED = OffsetDateTime.parse("2021-02-03T16:30:00+01:00").toInstant();
    private static final Instant DEADLINES_RECORDED = OffsetDateTime.parse("2021-01-15T10:00:00+01:00").toInstant();
    private static final String ARTICLE_4 = "Article 4";
    private static final LocalDate BIH_DEADLINE = LocalDate.of(2021, 3, 1);
    private static final LocalDate BGR_DEADLINE = LocalDate.of(2021, 10, 1);
    private static final Instant EXTENSIONS_DEADLINE = OffsetDateTime.parse("2021-02-05T18:00:00+01:00").toInstant();

    private final DraftLetter letter;
    private final DraftProcedure draft;
    private final CirculateProcedure circulate;
    private final ConcludeProcedure conclude;
    private final RecordObjection object;
    private final SilenceProcedures silence;
    private final Processes processes;
    private final Meetings meetings;
    private final DemoClock clock;
    private final Roster roster;
    private final RecordObligationDeadline recordDeadline;

    DemoSilence(DraftLetter letter, DraftProcedure draft, CirculateProcedure circulate, ConcludeProcedure conclude,
            RecordObjection object, SilenceProcedures silence, Processes processes, Meetings meetings,
            DemoClock clock, Roster roster, RecordObligationDeadline recordDeadline) {
        this.roster = roster;
        this.recordDeadline = recordDeadline;
        this.object = object;
        this.silence = silence;
        this.letter = letter;
        this.draft = draft;
        this.circulate = circulate;
        this.conclude = conclude;
        this.processes = processes;
        this.meetings = meetings;
        this.clock = clock;
    }

    void create(ProcessId process, Account president, Account objecting) {
        clock.replay(DEADLINES_RECORDED, () -> {
            recordDeadline.execute(new RecordObligationDeadline.Command(state("Bosnia and Herzegovina"), "CCM",
                    ARTICLE_4, BIH_DEADLINE));
            recordDeadline.execute(new RecordObligationDeadline.Command(state("Bulgaria"), "CCM", ARTICLE_4,
                    BGR_DEADLINE));
        });
        Actor actor = new Actor(president.id().value(), president.username(), president.displayName(), null, false);
        SystemActor.runAs(actor, () -> {
            firstPreparatoryMeetingMoved(process);
            extensionRequestsOf2021(process, objecting);
            ZonedDateTime deadline = ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Zurich"))).plusDays(4)
                    .with(LocalTime.of(18, 0));
            SilenceProcedure p = draft.execute(new DraftProcedure.Command(process,
                    "Requests for extension of deadlines under Article 4",
                    "The Conference grants the requests for an extension of the deadline for the clearance and "
                            + "destruction of cluster munition remnants submitted by three States Parties, for the "
                            + "periods requested and on the basis of the analyses circulated by the Presidency.",
                    deadline.toInstant(), false, null, List.of(), null, null));
            circulate.execute(process, p.id());
        });
    }

    private void extensionRequestsOf2021(ProcessId process, Account objecting) {
        clock.replay(EXTENSIONS_CIRCULATED, () -> {
            SilenceProcedure p = draft.execute(new DraftProcedure.Command(process,
                    "Requests for extension of deadlines under Article 4", null, EXTENSIONS_DEADLINE, false, null,
                    List.of(), null, null, List.of(
                            extension(1, "Bosnia and Herzegovina", "1 March 2021", "1 September 2022",
                                    new EffectRequest(Effect.Type.RECORD_DEADLINE_EXTENSION, null, null, null,
                                    state("Bosnia and Herzegovina").toString(), ARTICLE_4, LocalDate.of(2022, 9, 1))),
                            extension(2, "Peru", "1 March 2021", "1 March 2023", null),
                            extension(3, "Bulgaria", "1 October 2021", "1 October 2022", new EffectRequest(
                                    Effect.Type.RECORD_DEADLINE_EXTENSION, null, null, null,
                                    state("Bulgaria").toString(), ARTICLE_4, LocalDate.of(2022, 10, 1))))));
            circulate.execute(process, p.id());
            clock.replay(EXTENSIONS_OBJECTED, () -> SystemActor.runAs(new Actor(objecting.id().value(),
                    objecting.username(), objecting.displayName(), objecting.participant(), false), () ->
                    object.execute(process, p.id(), "Illustrative objection for the demonstration: the request of "
                            + "Peru should first be discussed with the analysing group at an informal meeting.",
                            List.of(idOf(p, 2)), "demo-2021-objection")));
            clock.replay(EXTENSIONS_DEADLINE, () -> conclude.atDeadline(p.id()));
        });
    }

    private ParticipantId state(String name) {
        return roster.participants().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** The draft granting a State's request; with the extension of its deadline as effect if the State is listed. */
    private static DraftProcedure.DraftRequest extension(int number, String state, String from, String to,
            EffectRequest effect) {
        return new DraftProcedure.DraftRequest("CCM/CONF/2021/DEC." + number,
                "Request of " + state + " for an extension of its Article 4 deadline",
                "The States Parties, having considered the request submitted by " + state + " and the analysis of "
                        + "the request, decide to grant the request of " + state + " for an extension of its deadline "
                        + "for the clearance and destruction of cluster munition remnants under Article 4, from "
                        + from + " until " + to + ". (Illustrative text.)", effect);
    }

    private String idOf(SilenceProcedure p, int position) {
        return silence.view(processes.require(p.process()), p.id()).drafts().get(position - 1).id()
                .toString();
    }

    private void firstPreparatoryMeetingMoved(ProcessId process) {
        Meeting first = meetings.of(processes.require(process)).stream()
                .filter(m -> m.title().equals("First Preparatory Meeting")).findFirst().orElseThrow();
        clock.replay(CIRCULATED, () -> {
            Letter announcing = letter.execute(new DraftLetter.Command(process, "CCM/2RC/2020/1",
                    LocalDate.of(2020, 6, 8), "Geneva", "Silence procedure: date of the First Preparatory Meeting",
                    "Excellency,\n\nIn light of the measures taken against COVID-19, I propose that the First "
                            + "Preparatory Meeting be held on 29 June 2020 instead of 8 June 2020. The proposal is "
                            + "circulated under a silence procedure ending on 12 June 2020 at 18:00 Geneva time.",
                    List.of(AddresseeGroup.values()), List.of(), List.of(), null, null, true));
            SilenceProcedure p = draft.execute(new DraftProcedure.Command(process,
                    "Date of the First Preparatory Meeting",
                    "In light of the COVID-19 measures, the First Preparatory Meeting planned for 8 June 2020 is held "
                            + "on 29 June 2020, from 10:00 to 13:00 Geneva time; an informal virtual briefing was held "
                            + "on 8 June instead.",
                    DEADLINE, false, new DraftProcedure.EffectRequest(Effect.Type.RESCHEDULE_MEETING,
                            first.id().toString(), OffsetDateTime.parse("2020-06-29T10:00:00+02:00").toInstant(),
                            OffsetDateTime.parse("2020-06-29T13:00:00+02:00").toInstant()),
                    List.of(), null, announcing.id().toString()));
            circulate.execute(process, p.id());
            clock.replay(DEADLINE, () -> conclude.atDeadline(p.id()));
        });
    }
}
