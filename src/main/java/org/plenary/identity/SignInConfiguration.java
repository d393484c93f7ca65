package org.plenary.identity;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed and checked. Hashes carry their algorithm ({@code {bcrypt}…}) and BCrypt hashes
 * carry their cost, so hashes made with an older cost keep working. An unknown username is checked against a
 * dummy hash of the same cost (Spring's DaoAuthenticationProvider does so), so that its answer takes as long.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    private static final String BCRYPT = "bcrypt";

    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        return new DelegatingPasswordEncoder(BCRYPT,
                Map.of(BCRYPT, new BCryptPasswordEncoder(properties.passwordHashCost())));
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder passwords,
            AuthenticationEventPublisher events, SignInThrottle throttle, PasswordCheckGate gate) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return new ThrottledSignIn(manager, throttle, gate);
    }
}
