package org.plenary.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;

/**
 * A real OpenID provider for tests: Spring Authorization Server on an embedded Tomcat at
 * {@code http://localhost:<random port>} (Plenary is reached at 127.0.0.1, so the two keep their cookies apart),
 * with the confidential clients {@value #CLIENT_ID} and {@value #OTHER_CLIENT_ID}, which must use PKCE, people added by {@link #addPerson}, and
 * their e-mail and its verification in the ID token.
 */
public final class OpenIdProvider implements AutoCloseable {

    public static final String CLIENT_ID = "plenary";
    public static final String CLIENT_SECRET = "plenary-client-secret";
    public static final String DISPLAY_NAME = "Test Organisation";
    public static final String OTHER_CLIENT_ID = "other-application";
    public static final String OTHER_CLIENT_SECRET = "other-application-secret";
    /** Where the API tests' own client comes back (never opened: the code is read from the redirect). */
    public static final String TEST_CALLBACK = "http://127.0.0.1/test-callback";

    /** A person known to the provider, with the claims of their ID token. */
    public record Person(String username, String password, String email, boolean emailVerified, String name) {
    }

    private final Tomcat tomcat;
    private final AnnotationConfigWebApplicationContext spring;
    private final People people;

    private OpenIdProvider(Tomcat tomcat, AnnotationConfigWebApplicationContext spring, People people) {
        this.tomcat = tomcat;
        this.spring = spring;
        this.people = people;
    }

    public static OpenIdProvider start() {
        try {
            People people = new People();
            AnnotationConfigWebApplicationContext spring = new AnnotationConfigWebApplicationContext();
            spring.register(Provider.class);
            spring.addBeanFactoryPostProcessor(beans -> beans.registerSingleton("people", people));
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(TemporaryDirectories.create("openid-provider-").toString());
            Connector connector = new Connector();
            connector.setPort(0);
            tomcat.setConnector(connector);
            Context context = tomcat.addContext("", null);
            context.addServletContainerInitializer((classes, servletContext) -> {
                spring.setServletContext(servletContext);
                spring.refresh();
                servletContext.addFilter("springSecurityFilterChain",
                        new DelegatingFilterProxy("springSecurityFilterChain", spring))
                        .addMappingForUrlPatterns(null, false, "/*");
                servletContext.addServlet("nothingElse", new HttpServlet() {
                    @Override
                    protected void service(HttpServletRequest request, HttpServletResponse response) {
                        response.setStatus(404);
                    }
                }).addMapping("/");
            }, Set.of());
            tomcat.start();
            return new OpenIdProvider(tomcat, spring, people);
        } catch (Exception e) {
            throw new IllegalStateException("The OpenID provider did not start", e);
        }
    }

    /**
     * Names this provider to Plenary as "corp" ({@value #DISPLAY_NAME}), and again as "conference", offered only
     * for the process OIDC-ONLY; and a provider "down", whose issuer answers nothing: it must not keep Plenary
     * from starting.
     */
    public static void configure(DynamicPropertyRegistry registry, OpenIdProvider provider) {
        registry.add("plenary.oidc.providers.corp.issuer-uri", provider::issuer);
        registry.add("plenary.oidc.providers.corp.client-id", () -> CLIENT_ID);
        registry.add("plenary.oidc.providers.corp.client-secret", () -> CLIENT_SECRET);
        registry.add("plenary.oidc.providers.corp.display-name", () -> DISPLAY_NAME);
        registry.add("plenary.oidc.providers.down.issuer-uri", () -> "http://127.0.0.1:9/down");
        registry.add("plenary.oidc.providers.down.client-id", () -> CLIENT_ID);
        registry.add("plenary.oidc.providers.down.display-name", () -> "Unreachable Organisation");
        registry.add("plenary.oidc.providers.conference.issuer-uri", provider::issuer);
        registry.add("plenary.oidc.providers.conference.client-id", () -> CLIENT_ID);
        registry.add("plenary.oidc.providers.conference.display-name", () -> "Conference Organisation");
        registry.add("plenary.oidc.providers.conference.processes", () -> "OIDC-ONLY");
    }

    /** The issuer, as Plenary is configured with it and as its tokens name it. */
    public String issuer() {
        return "http://localhost:" + tomcat.getConnector().getLocalPort();
    }

    public Person addPerson(String email, boolean emailVerified, String name) {
        Person person = new Person("p-" + UUID.randomUUID().toString().substring(0, 8), "pw-" + UUID.randomUUID(),
                email, emailVerified, name);
        people.persons.put(person.username(), person);
        spring.getBean(InMemoryUserDetailsManager.class).createUser(
                User.withUsername(person.username()).password("{noop}" + person.password()).roles("USER").build());
        return person;
    }

    @Override
    public void close() throws Exception {
        tomcat.stop();
        tomcat.destroy();
        spring.close();
    }

    static final class People {
        final Map<String, Person> persons = new ConcurrentHashMap<>();
    }

    /** Registered by hand, not a {@code @Configuration}: Plenary's component scan must not find it. */
    @EnableWebSecurity
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
            return http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .oauth2ResourceServer(r -> r.jwt(Customizer.withDefaults()))
                    .build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return new InMemoryUserDetailsManager();
        }

        /** Plenary, and another application of the organisation whose tokens Plenary must not accept. */
        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(client(CLIENT_ID, CLIENT_SECRET),
                    client(OTHER_CLIENT_ID, OTHER_CLIENT_SECRET));
        }

        private static RegisteredClient client(String id, String secret) {
            return RegisteredClient.withId(id)
                    .clientId(id)
                    .clientSecret("{noop}" + secret)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://127.0.0.1/login/oauth2/code/corp")
                    .redirectUri(TEST_CALLBACK)
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                    .build();
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return NimbusJwtDecoder.withJwkSource(keys).build();
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        /** The person's e-mail, its verification and name in the ID token (the user info endpoint repeats them). */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims(People people) {
            return context -> {
                Person person = people.persons.get(context.getPrincipal().getName());
                if (person != null && OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    context.getClaims().claim("email", person.email()).claim("email_verified", person.emailVerified())
                            .claim("name", person.name());
                }
            };
        }
    }
}
