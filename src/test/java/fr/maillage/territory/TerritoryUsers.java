package fr.maillage.territory;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountPrincipal;
import fr.maillage.account.UserAccount;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Real users for the page and API tests, with unique addresses since the context is shared.
 */
final class TerritoryUsers {

    static final String PASSWORD = "Territoire-test-2026";

    private TerritoryUsers() {
    }

    /** A new user who may log in at once (his provisional password is already changed). */
    static AccountPrincipal create(AccountManagement accounts, UserDetailsService details, boolean admin) {
        String email = "territoire." + UUID.randomUUID().toString().substring(0, 8) + "@test.maillage.fr";
        String initial = "Provisoire-test-2026";
        UserAccount user = accounts.createUser(email, admin ? "Admin Territoire" : "Lecteur Territoire", initial, admin);
        accounts.changePassword(user.getId(), initial, PASSWORD);
        return (AccountPrincipal) details.loadUserByUsername(email);
    }
}
