package org.plenary.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.plenary.shared.InvalidInputException;

class ParticipantTest {

    private static final String CCM = "CCM";
    private static final Instant NOW = Instant.parse("2020-06-01T08:00:00Z");

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void derivesObserverStateBeforeAccession() {
        Participant niue = Participant.state("Niue", "NIU", NOW);
        niue.recordStatus(CCM, TreatyStatus.STATE_PARTY, date("2020-08-06"), NOW);

        assertThat(niue.statusOn(CCM, date("2020-06-29"))).isEqualTo(TreatyStatus.NONE);
        assertThat(niue.categoryOn(CCM, date("2020-06-29"))).isEqualTo(Category.OBSERVER_STATE);
    }

    @Test
    void countsAStatePartyFromTheDayOfDeposit() {
        Participant niue = Participant.state("Niue", "NIU", NOW);
        niue.recordStatus(CCM, TreatyStatus.STATE_PARTY, date("2020-08-06"), NOW);

        assertThat(niue.categoryOn(CCM, date("2020-08-05"))).isEqualTo(Category.OBSERVER_STATE);
        assertThat(niue.categoryOn(CCM, date("2020-08-06"))).isEqualTo(Category.STATE_PARTY);
        assertThat(niue.categoryOn(CCM, date("2021-09-21"))).isEqualTo(Category.STATE_PARTY);
    }

    @Test
    void aSignatoryThatRatifiesBecomesAStateParty() {
        Participant state = Participant.state("Angola", "AGO", NOW);
        state.recordStatus(CCM, TreatyStatus.SIGNATORY, date("2008-12-03"), NOW);
        state.recordStatus(CCM, TreatyStatus.STATE_PARTY, date("2021-01-15"), NOW);

        assertThat(state.categoryOn(CCM, date("2008-12-02"))).isEqualTo(Category.OBSERVER_STATE);
        assertThat(state.categoryOn(CCM, date("2020-06-18"))).isEqualTo(Category.SIGNATORY_STATE);
        assertThat(state.categoryOn(CCM, date("2021-01-15"))).isEqualTo(Category.STATE_PARTY);
        assertThat(state.history(CCM)).extracting(StatusChange::status)
                .containsExactly(TreatyStatus.SIGNATORY, TreatyStatus.STATE_PARTY);
    }

    @Test
    void keepsTheStatusOfEachTreatyApart() {
        Participant state = Participant.state("Cyprus", "CYP", NOW);
        state.recordStatus("OTHER", TreatyStatus.STATE_PARTY, date("2000-01-01"), NOW);
        state.recordStatus(CCM, TreatyStatus.SIGNATORY, date("2008-12-03"), NOW);

        assertThat(state.categoryOn(CCM, date("2020-06-18"))).isEqualTo(Category.SIGNATORY_STATE);
        assertThat(state.categoryOn("OTHER", date("2020-06-18"))).isEqualTo(Category.STATE_PARTY);
        assertThat(state.categoryOn("UNKNOWN", date("2020-06-18"))).isEqualTo(Category.OBSERVER_STATE);
    }

    @Test
    void aChangeOnTheSameDateReplacesTheEarlierOne() {
        Participant state = Participant.state("Saint Lucia", "LCA", NOW);
        assertThat(state.recordStatus(CCM, TreatyStatus.SIGNATORY, date("2020-09-15"), NOW)).isTrue();
        assertThat(state.recordStatus(CCM, TreatyStatus.STATE_PARTY, date("2020-09-15"), NOW)).isTrue();

        assertThat(state.history(CCM)).singleElement().extracting(StatusChange::status)
                .isEqualTo(TreatyStatus.STATE_PARTY);
    }

    @Test
    void recordingTheSameStatusAgainChangesNothing() {
        Participant state = Participant.state("Saint Lucia", "LCA", NOW);
        state.recordStatus(CCM, TreatyStatus.STATE_PARTY, date("2020-09-15"), NOW);

        assertThat(state.recordStatus(CCM, TreatyStatus.STATE_PARTY, date("2020-09-15"), NOW)).isFalse();
        assertThat(state.history(CCM)).hasSize(1);
    }

    @Test
    void anOrganisationIsAlwaysAnObserverOrganisation() {
        Participant icrc = Participant.organisation("ICRC", OrganisationType.INTERNATIONAL_ORGANISATION, NOW);

        assertThat(icrc.categoryOn(CCM, date("2020-06-29"))).isEqualTo(Category.OBSERVER_ORGANISATION);
        assertThat(icrc.statusOn(CCM, date("2020-06-29"))).isEqualTo(TreatyStatus.NONE);
    }

    @Test
    void rejectsATreatyStatusForAnOrganisation() {
        Participant icrc = Participant.organisation("ICRC", null, NOW);

        assertThatThrownBy(() -> icrc.recordStatus(CCM, TreatyStatus.STATE_PARTY, date("2020-01-01"), NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("States only");
        assertThat(icrc.organisationType()).isEqualTo(OrganisationType.OTHER);
    }
}
