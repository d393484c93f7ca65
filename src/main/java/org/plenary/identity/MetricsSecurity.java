package org.plenary.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /actuator/prometheus} has a credential of its own, for the Prometheus server only: the bearer token in
 * {@code plenary.metrics.token} ({@code PLENARY_METRICS_TOKEN}). Without one configured, nobody may read it.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, @Value("${plenary.metrics.token:}") String token, ObjectMapper json)
            throws Exception {
        var unauthorized = ProblemResponses.unauthorized(json);
        return http.securityMatcher("/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest()
                        .access((authentication, context) -> new AuthorizationDecision(carries(context.getRequest(),
                                token))))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(
                        (request, response, denied) -> unauthorized.commence(request, response, null)))
                .build();
    }

    private static boolean carries(HttpServletRequest request, String token) {
        String header = request.getHeader("Authorization");
        return !token.isBlank() && header != null && MessageDigest.isEqual(
                ("Bearer " + token).getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
    }
}
