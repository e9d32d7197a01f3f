package fr.maillage.account;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of personal API tokens: create one (its secret is shown once), list a user's,
 * revoke, and recognise a token presented by a program.
 */
@Service
@Transactional
public class ApiTokenManagement {

    /** Every token starts with this, so that a leaked one is easy to recognise (secret scanners, logs). */
    public static final String TOKEN_MARKER = "mlg_";
    /** Beyond this many active tokens, old ones should be revoked rather than piling up. */
    static final int MAX_ACTIVE_TOKENS = 25;
    private static final int PREFIX_LENGTH = 12;
    private static final int TOKEN_LENGTH = TOKEN_MARKER.length() + 43;

    private final ApiTokens tokens;
    private final UserAccounts users;
    private final AccountUserDetailsService principals;

    ApiTokenManagement(ApiTokens tokens, UserAccounts users, AccountUserDetailsService principals) {
        this.tokens = tokens;
        this.users = users;
        this.principals = principals;
    }

    /**
     * Creates a token for a user who may log in. A user whose password was set by an administrator
     * must choose his own first: otherwise the initial password would never be changed.
     *
     * @return the token and its secret, which is not kept and cannot be shown again
     */
    public CreatedApiToken create(Long userId, String name) {
        UserAccount user = users.findById(userId).orElseThrow(() -> new NotFoundException("user " + userId));
        if (user.isMustChangePassword()) {
            throw new BusinessRuleException("account.tokens.passwordChangeRequired");
        }
        if (tokens.countByUserIdAndRevokedAtIsNull(userId) >= MAX_ACTIVE_TOKENS) {
            throw new BusinessRuleException("account.tokens.tooMany", MAX_ACTIVE_TOKENS);
        }
        String secret = TOKEN_MARKER + Secrets.generate();
        ApiToken token = tokens.save(new ApiToken(userId, name, Secrets.sha256(secret),
                secret.substring(0, PREFIX_LENGTH)));
        return new CreatedApiToken(token, secret);
    }

    /** A user's tokens, newest first, revoked ones included so that he sees what happened. */
    @Transactional(readOnly = true)
    public List<ApiToken> listOf(Long userId) {
        return tokens.findByUserIdOrderByCreatedAtDescIdDesc(userId);
    }

    /**
     * Revokes a token. A user revokes his own; an administrator any.
     *
     * @throws NotFoundException when the token does not exist or belongs to someone else, so that
     *                           nobody learns which token ids exist
     */
    public ApiToken revoke(Long tokenId, AccountPrincipal actor) {
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> actor.isAdmin() || t.belongsTo(actor.id()))
                .orElseThrow(() -> new NotFoundException("api token " + tokenId));
        token.revoke();
        return token;
    }

    /**
     * The user a token stands for, when it is active and his account may log in. The token's last
     * use is recorded, at most once a minute.
     */
    public Optional<AccountPrincipal> authenticate(String secret) {
        if (secret == null || secret.length() != TOKEN_LENGTH || !secret.startsWith(TOKEN_MARKER)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = tokens.findByTokenHash(Secrets.sha256(secret)).filter(ApiToken::isActive);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        AccountPrincipal principal;
        try {
            principal = principals.principalOf(token.getUserId());
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
        if (!principal.isEnabled()) {
            return Optional.empty();
        }
        token.recordUse(Instant.now());
        principal.eraseCredentials();
        return Optional.of(principal);
    }

    /**
     * A token just created.
     *
     * @param secret the value to send in {@code Authorization: Bearer …}; shown once, never stored
     */
    public record CreatedApiToken(ApiToken token, String secret) {

        @Override
        public String toString() {
            return token.toString();
        }
    }
}
