package org.plenary.desk;

import org.plenary.meetings.RescheduleMeeting;
import org.plenary.silence.DraftProcedure;

/**
 * Not part of the application: a planted violation that {@code ModularityTests} imports on purpose, to show that
 * Modulith rejects a module (desk) using other modules' use cases, which their named interfaces do not offer.
 */
class PlantedUseCaseCall {

    RescheduleMeeting reschedule;
    DraftProcedure draft;
}
