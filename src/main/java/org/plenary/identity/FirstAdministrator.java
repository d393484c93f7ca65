package org.plenary.identity;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At first start, when no account exists, creates the administrator {@code admin} with the password from
 * {@code PLENARY_ADMIN_PASSWORD}, or a random one printed once to the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final CreateAccount createAccount;
    private final IdentityProperties properties;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    FirstAdministrator(AccountRepository accounts, CreateAccount createAccount, IdentityProperties properties,
            TransactionTemplate transaction, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.createAccount = createAccount;
        this.properties = properties;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            // Several instances may start at once on one database: only one creates the administrator.
            jdbc.sql("select pg_advisory_xact_lock(7431001)").query().singleRow();
            if (accounts.count() > 0) {
                return;
            }
            String configured = properties.adminPassword();
            boolean generated = configured == null || configured.isBlank();
            String password = generated ? randomPassword() : configured;
            createAccount.create(new CreateAccount.Command("admin", password, "Administrator", "admin@localhost",
                    null, true, null));
            if (generated) {
                log.warn("Created the administrator 'admin' with the generated password: {} "
                        + "(set PLENARY_ADMIN_PASSWORD to choose it; this is shown only once)", password);
            } else {
                log.info("Created the administrator 'admin' with the password from PLENARY_ADMIN_PASSWORD");
            }
        });
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
