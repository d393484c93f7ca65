package org.plenary.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;

/**
 * What the account lifecycle adds to the web filter chain: sign-in in two steps for accounts with a second factor,
 * the check of every signed-in page against its session's row (ended sessions, deactivated accounts), and the
 * second factor required of administrators and officers when the instance says so.
 */
@Component
class AccountLifecycleConfigurer extends AbstractHttpConfigurer<AccountLifecycleConfigurer, HttpSecurity> {

    /** Pages anybody may open: invitations, password resets, and the code step of sign-in. */
    static final String[] PUBLIC_PAGES = {"/invitations/*", "/password-reset", "/password-reset/*",
        SecondFactorSignIn.CODE_PATH};

    private final SecondFactorSignIn signIn;
    private final WebSessionFilter sessions;
    private final SecondFactorRequirement requirement;

    AccountLifecycleConfigurer(SecondFactorSignIn signIn, WebSessions webSessions, java.time.Clock clock,
            SecondFactorPolicy policy) {
        this.signIn = signIn;
        this.sessions = new WebSessionFilter(webSessions, clock);
        this.requirement = new SecondFactorRequirement(policy);
    }

    @Override
    public void init(HttpSecurity http) {
        FormLoginConfigurer<HttpSecurity> form = http.getConfigurer(FormLoginConfigurer.class);
        if (form != null) {
            form.successHandler(signIn);
        }
    }

    @Override
    public void configure(HttpSecurity http) {
        http.addFilterBefore(sessions, AuthorizationFilter.class);
        http.addFilterBefore(requirement, AuthorizationFilter.class);
    }
}
