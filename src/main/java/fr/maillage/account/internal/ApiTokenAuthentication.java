package fr.maillage.account.internal;

import fr.maillage.account.AccountPrincipal;
import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal API token: it acts as the token's user, with his
 * authorities and no more. Telling it apart from a password authentication lets the API accept
 * passwords only where a token is created.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccountPrincipal principal;

    ApiTokenAuthentication(AccountPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public AccountPrincipal getPrincipal() {
        return principal;
    }
}
