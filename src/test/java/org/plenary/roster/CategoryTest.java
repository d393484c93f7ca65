package org.plenary.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryTest {

    @Test
    void derivesStatePartyFromRatificationOrAccession() {
        assertThat(Category.of(ParticipantKind.STATE, TreatyStatus.STATE_PARTY)).isEqualTo(Category.STATE_PARTY);
    }

    @Test
    void derivesSignatoryStateFromSignature() {
        assertThat(Category.of(ParticipantKind.STATE, TreatyStatus.SIGNATORY)).isEqualTo(Category.SIGNATORY_STATE);
    }

    @Test
    void derivesObserverStateWithoutStatusOrWithNone() {
        assertThat(Category.of(ParticipantKind.STATE, TreatyStatus.NONE)).isEqualTo(Category.OBSERVER_STATE);
        assertThat(Category.of(ParticipantKind.STATE, null)).isEqualTo(Category.OBSERVER_STATE);
    }

    @Test
    void anOrganisationIsAlwaysAnObserverOrganisation() {
        for (TreatyStatus status : TreatyStatus.values()) {
            assertThat(Category.of(ParticipantKind.ORGANISATION, status)).isEqualTo(Category.OBSERVER_ORGANISATION);
        }
        assertThat(Category.of(ParticipantKind.ORGANISATION, null)).isEqualTo(Category.OBSERVER_ORGANISATION);
    }

    @Test
    void ordersCategoriesByPrecedenceStatesPartiesFirst() {
        assertThat(Category.values()).containsExactly(Category.STATE_PARTY, Category.SIGNATORY_STATE,
                Category.OBSERVER_STATE, Category.OBSERVER_ORGANISATION);
    }
}
