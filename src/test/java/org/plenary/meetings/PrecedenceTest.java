package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.roster.Category;

class PrecedenceTest {

    private static Speaker speaker(String name, Category category, int minute) {
        return new Speaker(UUID.randomUUID(), name, category, Instant.parse("2020-09-04T08:00:00Z").plusSeconds(60L * minute));
    }

    @Test
    void statesPartiesSpeakFirstThenOtherStatesThenOrganisationsEachByTimeOfRequest() {
        List<Speaker> requests = List.of(speaker("ICRC", Category.OBSERVER_ORGANISATION, 0),
                speaker("Angola", Category.SIGNATORY_STATE, 1), speaker("Switzerland", Category.STATE_PARTY, 5),
                speaker("Brazil", Category.OBSERVER_STATE, 0), speaker("Lao PDR", Category.STATE_PARTY, 2));
        assertThat(requests.stream().sorted(Precedence.ORDER).map(Speaker::participantName))
                .containsExactly("Lao PDR", "Switzerland", "Brazil", "Angola", "ICRC");
    }
}
