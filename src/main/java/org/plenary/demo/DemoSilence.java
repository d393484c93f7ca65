package org.plenary.demo;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.plenary.identity.Account;
import org.plenary.shared.Actor;
import org.plenary.silence.CirculateProcedure;
import org.plenary.silence.DraftProcedure;
import org.plenary.silence.SilenceProcedure;
import org.springframework.stereotype.Component;

/**
 * The silence procedure of the demo, open when the demo starts: extension requests decided by silence, as in
 * February 2021, with its deadline at 18:00 Geneva time four days after the demo was set up. (A procedure of
 * 2020 cannot be replayed: deadlines in the past are refused, by design.)
 */
@Component
class DemoSilence {

    private final DraftProcedure draft;
    private final CirculateProcedure circulate;
    private final Clock clock;

    DemoSilence(DraftProcedure draft, CirculateProcedure circulate, Clock clock) {
        this.draft = draft;
        this.circulate = circulate;
        this.clock = clock;
    }

    void create(String process, Account president) {
        Actor actor = new Actor(president.id().value(), president.username(), president.displayName(), null, false);
        ZonedDateTime deadline = ZonedDateTime.now(clock.withZone(ZoneId.of("Europe/Zurich"))).plusDays(4)
                .with(LocalTime.of(18, 0));
        SystemActor.runAs(actor, () -> {
            SilenceProcedure p = draft.execute(new DraftProcedure.Command(process,
                    "Requests for extension of deadlines under Article 4",
                    "The Conference grants the requests for an extension of the deadline for the clearance and "
                            + "destruction of cluster munition remnants submitted by three States Parties, for the "
                            + "periods requested and on the basis of the analyses circulated by the Presidency.",
                    deadline.toInstant(), false, null, List.of(), null, null));
            circulate.execute(process, p.id());
        });
    }
}
