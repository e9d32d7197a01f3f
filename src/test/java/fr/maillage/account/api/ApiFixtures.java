package fr.maillage.account.api;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.ApiTokenManagement;
import fr.maillage.account.UserAccount;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * People and tokens for API tests: each call makes a new user, so that tests sharing an
 * application context (and its database) never see each other's data.
 */
public class ApiFixtures {

    public static final String PASSWORD = "un mot de passe solide";
    private static final String INITIAL_PASSWORD = "mot de passe initial";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountManagement accounts;
    private final ApiTokenManagement tokens;

    public ApiFixtures(AccountManagement accounts, ApiTokenManagement tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** A user who has chosen his password ({@link #PASSWORD}). */
    public UserAccount user(String name) {
        return person(name, false);
    }

    public UserAccount admin(String name) {
        return person(name, true);
    }

    /** The secret of a new token of the user. */
    public String tokenOf(UserAccount user) {
        return tokens.create(user.getId(), "jeton de test").secret();
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private UserAccount person(String name, boolean admin) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String email = ascii.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + SEQUENCE.incrementAndGet()
                + "@ville.test";
        UserAccount user = accounts.createUser(email, name, INITIAL_PASSWORD, admin);
        accounts.changePassword(user.getId(), INITIAL_PASSWORD, PASSWORD);
        return accounts.get(user.getId());
    }
}
