package org.plenary.identity;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.ObjectMapper;

/**
 * Two filter chains: the JSON API under {@code /api} with bearer tokens and no session (nor sign-out, nor the
 * servlet API wrapper: the actor is read from the security context), and the web
 * interface with form sign-in, a session, CSRF protection and strict security headers. In both, the second dispatch
 * of a request answered asynchronously (a live stream that ends) is let through: its first dispatch was authorised,
 * and the security context is not kept for the second (each ending was logged as an error, access denied).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * No observation (timer and span) around each security filter, authentication and authorisation: on every
     * request they cost more than the filters themselves (a profile of bench/writes.sh, docs/performance.md), and
     * no dashboard reads them; requests are still timed as a whole (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenService tokens, AuthenticationManager authentication,
            ObjectMapper json, ProviderSecurity providers) throws Exception {
        var unauthorized = ProblemResponses.unauthorized(json);
        return http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .servletApi(servletApi -> servletApi.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), AnonymousAuthenticationFilter.class)
                .oauth2ResourceServer(providers.resourceServer(unauthorized))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/password-reset").permitAll()
                        .requestMatchers(HttpMethod.GET, PublicPaths.API_READ).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PublicPaths.API_READ).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager authentication, ProviderSecurity providers,
            AccountLifecycleConfigurer accountLifecycle) throws Exception {
        return http
                .authenticationManager(providers.signInManager(authentication))
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers(PublicPaths.WEB).permitAll()
                        .requestMatchers(AccountLifecycleConfigurer.PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.GET, PublicPaths.WEB_READ).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PublicPaths.WEB_READ).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(new SignInFailureHandler()).permitAll())
                .oauth2Login(providers.login())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .with(accountLifecycle, lifecycle -> { })
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")))
                .build();
    }
}
