package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.shared.Actor;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.NotAuthenticatedException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** When the instance requires a second factor of administrators and officers, and when not. */
class SecondFactorRequirementTest {

    private final SecondFactors secondFactors = mock(SecondFactors.class);
    private final OfficerDirectory officers = mock(OfficerDirectory.class);
    private final Actor officer = new Actor(UUID.randomUUID(), "officer", "An officer", null, false);
    private final Actor delegate = new Actor(UUID.randomUUID(), "delegate", "A delegate", UUID.randomUUID(), false);
    private final Actor admin = new Actor(UUID.randomUUID(), "admin", "Administrator", null, true);

    private SecondFactorPolicy policy(boolean required) {
        when(officers.isOfficer(new AccountId(officer.accountId()))).thenReturn(true);
        return new SecondFactorPolicy(new AccountLifecycleProperties(Duration.ofDays(7), Duration.ofHours(1), required),
                secondFactors, officers);
    }

    @Test
    void requiresEnrolmentOfAdministratorsAndOfficersOnlyWhenTheInstanceSaysSo() {
        assertThat(policy(false).enrolmentRequired(officer)).isFalse();
        assertThat(policy(true).enrolmentRequired(officer)).isTrue();
        assertThat(policy(true).enrolmentRequired(admin)).isTrue();
        assertThat(policy(true).enrolmentRequired(delegate)).isFalse();
        when(secondFactors.enrolled(new AccountId(officer.accountId()))).thenReturn(true);
        assertThat(policy(true).enrolmentRequired(officer)).isFalse();
    }

    @Test
    void refusesATokenToAnOfficerWithoutSecondFactorWhenRequired() {
        assertThatThrownBy(() -> policy(true).checkForToken(officer, null)).isInstanceOf(ForbiddenException.class);
        policy(false).checkForToken(officer, null);
        policy(true).checkForToken(delegate, null);
    }

    @Test
    void asksAnEnrolledAccountForItsCode() {
        when(secondFactors.enrolled(new AccountId(delegate.accountId()))).thenReturn(true);
        assertThatThrownBy(() -> policy(false).checkForToken(delegate, null))
                .isInstanceOf(NotAuthenticatedException.class).hasMessage(SecondFactorPolicy.CODE_NEEDED);
        when(secondFactors.verify(new AccountId(delegate.accountId()), "123456")).thenReturn(true);
        policy(false).checkForToken(delegate, "123456");
    }

    @Test
    void leadsAnOfficerWithoutSecondFactorToTheEnrolmentPage() throws Exception {
        SecondFactorRequirement filter = new SecondFactorRequirement(policy(true));
        assertThat(pathFor(filter, "/processes")).isEqualTo(SecondFactorRequirement.ENROL_PATH);
        assertThat(pathFor(filter, SecondFactorRequirement.ENROL_PATH)).isNull();
        assertThat(pathFor(filter, "/css/plenary.css")).isNull();
        assertThat(pathFor(new SecondFactorRequirement(policy(false)), "/processes")).isNull();
    }

    private String pathFor(SecondFactorRequirement filter, String path) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                (Actor.Principal) () -> officer, null, java.util.List.of()));
        try {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
            request.getSession(true);
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, new MockFilterChain());
            return response.getRedirectedUrl();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
