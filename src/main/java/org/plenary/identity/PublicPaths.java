package org.plenary.identity;

/** What anybody may read without signing in. */
final class PublicPaths {

    /** Web pages and assets: sign-in, static files, health, the API description. */
    static final String[] WEB = {"/login", "/login/provider/*", "/login/awaiting-approval",
        SignInFailureHandler.THROTTLED_PAGE, "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
        "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
        "/swagger-ui.html", "/swagger-ui/**", "/language"};

    /**
     * Pages anybody may read with GET: the list of processes and the home page of each (what each section shows
     * is decided by its module for the reader), the documents page of a process and the page of each document and its
     * files (ids or symbols, so that the officers' forms beside them stay protected), the PDF of a public letter, and the silence
     * procedures with their outcomes, and the register of decisions with each decision and its PDFs. What each shows is
     * decided per document, letter and procedure.
     */
    static final String[] WEB_READ = {"/", "/processes", "/processes/*", "/processes/*/documents", "/processes/*/documents/{id:[0-9a-fA-F-]{36}}",
        "/processes/*/documents/{id:[0-9a-fA-F-]{36}}/files/*", "/processes/*/documents/{series:[A-Z][A-Z0-9]*}/**",
        "/processes/*/letters/*.pdf", "/processes/*/silence-procedures", "/processes/*/silence",
        "/processes/*/silence-procedures/{id:[0-9a-fA-F-]{36}}", "/processes/*/silence/{key:SP\\.[0-9]+|[0-9a-fA-F-]{36}}",
        "/processes/*/decisions", "/processes/*/decisions/*"};

    /**
     * What the API serves to anybody with GET: visibility within documents is decided per document; the audit
     * log's signed tree head and consistency proofs are public, for anybody to check that the log only grows; a
     * private calendar feed is opened by the secret in its address ({@link CalendarFeeds}); the register of
     * decisions, each decision and its PDFs are public.
     */
    static final String[] API_READ = {"/api/v1/processes/*/documents", "/api/v1/processes/*/documents/**",
        "/api/v1/processes/*/calendar.ics", "/api/v1/processes/*/meetings/*/calendar.ics", "/api/v1/audit/tree-head",
        "/api/v1/audit/proofs/consistency", CalendarFeeds.PATH + "*", "/api/v1/processes/*/decisions",
        "/api/v1/processes/*/decisions/*", "/api/v1/processes/*/decisions/*/pdf"};

    private PublicPaths() {
    }
}
