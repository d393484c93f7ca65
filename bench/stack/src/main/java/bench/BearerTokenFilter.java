package bench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Plenary's bearer-token check (its identity/BearerTokenFilter and TokenService.authenticate): the token's SHA-256
 * looked up with one indexed query, in no transaction, on every call; an unknown token is answered 401.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final JdbcClient jdbc;

    BearerTokenFilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Delegate> delegate = authenticate(header.substring(BEARER.length()).strip());
        if (delegate.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(delegate.get(), null,
                List.of(new SimpleGrantedAuthority("ROLE_DELEGATE"))));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Optional<Delegate> authenticate(String token) {
        if (!token.startsWith("pln_") || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select a.id, a.username, a.display_name, a.participant, a.admin, a.language
                  from api_token t join account a on a.id = t.account
                 where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now
                   and a.deactivated_at is null
                """)
                .param("hash", sha256(token)).param("now", Timestamp.from(Instant.now()))
                .query((rs, n) -> new Delegate(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), rs.getInt("participant"), rs.getBoolean("admin"),
                        rs.getString("language")))
                .optional();
    }

    private static String sha256(String token) {
        try {
            return java.util.HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
