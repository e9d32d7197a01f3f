package fr.maillage.account.internal;

import fr.maillage.account.AccountManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from {@code MAILLAGE_ADMIN_EMAIL} and {@code MAILLAGE_ADMIN_PASSWORD}
 * when no user exists, so that a server can be set up without a browser.
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final AccountManagement accounts;
    private final String email;
    private final String password;

    AdministratorBootstrap(AccountManagement accounts, @Value("${maillage.admin.email:}") String email,
            @Value("${maillage.admin.password:}") String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || accounts.hasAnyUser()) {
            return;
        }
        if (password.length() < 12) {
            log.error("MAILLAGE_ADMIN_PASSWORD must have at least 12 characters; no administrator created");
            return;
        }
        accounts.createFirstAdministrator(email, "Administrateur", password);
        log.info("First administrator {} created from the environment", email);
    }
}
