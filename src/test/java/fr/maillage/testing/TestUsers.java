package fr.maillage.testing;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountPrincipal;
import fr.maillage.account.UserAccount;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Creates users with unique addresses for tests sharing one application context, and the
 * principals to act as them.
 */
@Component
public class TestUsers {

    public static final String PASSWORD = "Motdepasse-de-test-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountManagement accounts;
    private final UserDetailsService details;

    public TestUsers(AccountManagement accounts, UserDetailsService details) {
        this.accounts = accounts;
        this.details = details;
    }

    /** A new activated user who does not have to change his password. */
    public UserAccount create(String name, boolean admin) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + "."
                + SEQUENCE.incrementAndGet() + "@test.maillage.fr";
        return accounts.createActivatedUser(email, name, PASSWORD, admin);
    }

    public AccountPrincipal principal(UserAccount user) {
        return (AccountPrincipal) details.loadUserByUsername(user.getEmail());
    }
}
