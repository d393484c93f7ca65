package org.plenary.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk of the signed-in person, most urgent first: for a delegate, what awaits its delegation in every
 * process; for an officer, what needs attention in the processes it serves. Letters count as received since the
 * reader's previous visit of the desk page. Titles are in the reader's language where the text has that version.
 */
@Service
@Transactional(readOnly = true)
public class Desk {

    private final Processes processes;
    private final DelegationItems delegation;
    private final OfficerItems officer;
    private final DeskVisits visits;
    private final DeskTitles titles;
    private final Clock clock;

    Desk(Processes processes, DelegationItems delegation, OfficerItems officer, DeskVisits visits, DeskTitles titles,
            Clock clock) {
        this.titles = titles;
        this.processes = processes;
        this.delegation = delegation;
        this.officer = officer;
        this.visits = visits;
        this.clock = clock;
    }

    public List<PendingItem> pending() {
        Actor actor = Actor.require();
        List<PendingItem> items = new ArrayList<>();
        if (actor.delegate()) {
            Instant since = visits.last(actor.accountId()).orElse(null);
            for (Process process : processes.all()) {
                items.addAll(titles.inReadersLanguage(process,
                        delegation.of(process, new ParticipantId(actor.participantId()), since)));
            }
        }
        for (Process process : processes.servedBy(actor)) {
            items.addAll(titles.inReadersLanguage(process, officer.of(process)));
        }
        items.sort(PendingItem.URGENCY);
        return items;
    }

    /** Marks the desk as seen now: the letters shown so far are no longer new. */
    @Transactional
    public void visited() {
        visits.record(Actor.require().accountId(), clock.instant());
    }
}
