package fr.maillage.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for form login and HTTP Basic.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts users;

    AccountUserDetailsService(UserAccounts users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByEmail(UserAccount.normalize(username)).map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    /** The principal of a user, for authentications that do not go through a password. */
    @Transactional(readOnly = true)
    public AccountPrincipal principalOf(Long userId) {
        return users.findById(userId).map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException(String.valueOf(userId)));
    }
}
