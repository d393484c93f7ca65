package org.plenary.contacts;

import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.Roster;
import org.plenary.shared.Actor;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Loads the participant of a contact operation and checks that the signed-in actor may keep its contacts. */
@Component
class ContactKeepers {

    private final Roster roster;
    private final Processes processes;

    ContactKeepers(Roster roster, Processes processes) {
        this.roster = roster;
        this.processes = processes;
    }

    /** The signed-in actor, allowed to see and change the contacts of {@code participant}, which exists. */
    Actor require(ParticipantId participant) {
        Actor actor = Actor.require();
        if (roster.participant(participant).isEmpty()) {
            throw new NotFoundException("Participant", participant);
        }
        ContactPolicy.mayKeep(actor, !processes.servedBy(actor).isEmpty(), participant).orForbid();
        return actor;
    }
}
