package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.Fixtures.PASSWORD;
import static org.plenary.support.Fixtures.aUser;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Fixtures.Person;

/** The web sign-in form: CSRF, session fixation, slowing down, and the security headers of pages, behind a TLS proxy too. */
class WebSecurityTest extends PlenaryTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A browser-like client that keeps cookies and does not follow redirects. */
    private final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        /** Headers that a TLS proxy in front of Plenary would add ({@code X-Forwarded-*}). */
        final String[] proxyHeaders;

        Browser(String... proxyHeaders) {
            this.proxyHeaders = proxyHeaders;
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
            return proxyHeaders.length == 0 ? request : request.headers(proxyHeaders);
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postForm(String path, String form) throws Exception {
            return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String session() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        String csrfOfLoginPage() throws Exception {
            Matcher matcher = CSRF.matcher(get("/login").body());
            assertThat(matcher.find()).as("the login form carries a CSRF token").isTrue();
            return matcher.group(1);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String form(String username, String password, String csrf) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
    }

    @Test
    void refusesASignInWithoutCsrfToken() throws Exception {
        Person user = aUser(admin());
        Browser browser = new Browser();
        browser.csrfOfLoginPage();

        HttpResponse<String> response = browser.postForm("/login", form(user.username(), PASSWORD, null));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.get("/roster").statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void refusesASignInWithAnotherSessionsCsrfToken() throws Exception {
        Person user = aUser(admin());
        String foreignToken = new Browser().csrfOfLoginPage();
        Browser browser = new Browser();
        browser.csrfOfLoginPage();

        assertThat(browser.postForm("/login", form(user.username(), PASSWORD, foreignToken)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void changesTheSessionIdOnSignIn() throws Exception {
        Person user = aUser(admin());
        Browser browser = new Browser();
        String csrf = browser.csrfOfLoginPage();
        String before = browser.session();

        HttpResponse<String> response = browser.postForm("/login", form(user.username(), PASSWORD, csrf));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(before).isNotNull();
        assertThat(browser.session()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/roster").statusCode()).isEqualTo(200);
    }

    @Test
    void sendsAWrongPasswordBackToTheForm() throws Exception {
        Person user = aUser(admin());
        Browser browser = new Browser();
        String csrf = browser.csrfOfLoginPage();

        HttpResponse<String> response = browser.postForm("/login", form(user.username(), "wrong-password", csrf));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("/login?error");
    }

    @Test
    void refusesASignOutWithoutCsrfToken() throws Exception {
        Person user = aUser(admin());
        Browser browser = new Browser();
        browser.postForm("/login", form(user.username(), PASSWORD, browser.csrfOfLoginPage()));

        assertThat(browser.postForm("/logout", "").statusCode()).isEqualTo(403);
        assertThat(browser.get("/roster").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void slowsRepeatedFailuresOfTheFormWith429AndKeepsTheOwnersSession() throws Exception {
        Person user = aUser(admin());
        Browser owner = new Browser();
        owner.postForm("/login", form(user.username(), PASSWORD, owner.csrfOfLoginPage()));
        Browser attacker = new Browser("X-Forwarded-For", TokenApiTest.aClientAddress());
        String csrf = attacker.csrfOfLoginPage();
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = attacker.postForm("/login", form(user.username(), "guess-" + attempt, csrf));
            assertThat(wrong.headers().firstValue("Location").orElseThrow()).contains("/login?error");
        }

        HttpResponse<String> slowed = attacker.postForm("/login", form(user.username(), PASSWORD, csrf));

        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(slowed.body()).contains("Too many failed sign-ins: try again in one second.", "name=\"_csrf\"");
        assertThat(attacker.get("/roster").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(owner.get("/roster").statusCode()).as("the owner's session goes on").isEqualTo(200);
    }

    @Test
    void sendsHstsAndASecureCookieWhenTheProxyReceivedHttps() throws Exception {
        HttpResponse<String> page = new Browser("X-Forwarded-Proto", "https", "X-Forwarded-For", "198.51.100.9")
                .get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).contains("JSESSIONID", "Secure", "HttpOnly");
    }

    @Test
    void sendsNeitherHstsNorASecureCookieOverPlainHttp() throws Exception {
        HttpResponse<String> page = new Browser().get("/login");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).contains("JSESSIONID", "HttpOnly")
                .doesNotContain("Secure");
    }

    @Test
    void protectsPagesWithSecurityHeaders() throws Exception {
        HttpResponse<String> page = new Browser().get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void protectsApiAnswersWithSecurityHeaders() throws Exception {
        HttpResponse<String> answer = new Browser().get("/api/v1/participants");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
    }

    @Test
    void sendsAnonymousVisitorsOfPagesToTheSignIn() throws Exception {
        HttpResponse<String> response = new Browser().get("/roster");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
