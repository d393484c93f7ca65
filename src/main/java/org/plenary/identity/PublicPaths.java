package org.plenary.identity;

/** What anybody may read without signing in. */
final class PublicPaths {

    /** Web pages and assets: sign-in, static files, health, the API description. */
    static final String[] WEB = {"/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
        "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
        "/swagger-ui.html", "/swagger-ui/**", "/language"};

    /** What the API serves to anybody with GET; visibility within is decided per document. */
    static final String[] API_READ = {"/api/v1/processes/*/documents", "/api/v1/processes/*/documents/**",
        "/api/v1/processes/*/calendar.ics", "/api/v1/processes/*/meetings/*/calendar.ics"};

    private PublicPaths() {
    }
}
