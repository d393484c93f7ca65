package org.plenary.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an API client does to get a person's access token from the provider: the authorisation code flow with
 * PKCE over plain HTTP (the person signs in at the provider's form), then the code exchanged at the token endpoint.
 */
public final class OpenIdCodeFlow {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OpenIdProvider provider;
    private final String clientId;
    private final String clientSecret;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** As Plenary's own client. */
    public OpenIdCodeFlow(OpenIdProvider provider) {
        this(provider, OpenIdProvider.CLIENT_ID, OpenIdProvider.CLIENT_SECRET);
    }

    public OpenIdCodeFlow(OpenIdProvider provider, String clientId, String clientSecret) {
        this.provider = provider;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** The token response ({@code access_token}, {@code id_token}, …) for the person. */
    public JsonNode tokens(OpenIdProvider.Person person) throws Exception {
        String verifier = random();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String authorize = provider.issuer() + "/oauth2/authorize?" + form(Map.of("response_type", "code",
                "client_id", clientId, "scope", "openid profile email",
                "redirect_uri", OpenIdProvider.TEST_CALLBACK, "state", random(),
                "code_challenge", challenge, "code_challenge_method", "S256"));
        String toLogin = location(get(authorize));
        String loginPage = get(toLogin).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the provider's sign-in page: " + loginPage);
        }
        String back = location(post(provider.issuer() + "/login", null, Map.of("username", person.username(),
                "password", person.password(), "_csrf", csrf.group(1))));
        String callback = location(get(back));
        String code = UriComponentsBuilder.fromUriString(callback).build().getQueryParams().getFirst("code");
        if (code == null) {
            throw new IllegalStateException("No code in " + callback);
        }
        HttpResponse<String> tokens = post(provider.issuer() + "/oauth2/token",
                Base64.getEncoder().encodeToString((clientId + ":" + clientSecret)
                        .getBytes(StandardCharsets.UTF_8)),
                Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", OpenIdProvider.TEST_CALLBACK,
                        "code_verifier", verifier));
        if (tokens.statusCode() != 200) {
            throw new IllegalStateException("Token endpoint: " + tokens.statusCode() + " " + tokens.body());
        }
        return JsonMapper.builder().build().readTree(tokens.body());
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String basic, Map<String, String> fields)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        if (basic != null) {
            request.header("Authorization", "Basic " + basic);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "Expected a redirect from " + response.uri() + ": " + response.statusCode() + " " + response.body()));
        return URI.create(response.uri().toString()).resolve(location).toString();
    }

    private static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
