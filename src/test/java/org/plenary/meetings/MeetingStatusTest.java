package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plenary.shared.ConflictException;

class MeetingStatusTest {

    @Test
    void aPostponedMeetingIsRescheduledOrCancelledButNotHeld() {
        assertThat(MeetingStatus.POSTPONED.to(MeetingStatus.SCHEDULED)).isEqualTo(MeetingStatus.SCHEDULED);
        assertThatThrownBy(() -> MeetingStatus.POSTPONED.to(MeetingStatus.HELD))
                .isInstanceOf(ConflictException.class).hasMessageContaining("POSTPONED").hasMessageContaining("HELD");
    }

    @Test
    void cancelledAndHeldAreFinal() {
        assertThat(MeetingStatus.CANCELLED.next()).isEmpty();
        assertThatThrownBy(() -> MeetingStatus.HELD.to(MeetingStatus.SCHEDULED)).isInstanceOf(ConflictException.class);
    }
}
