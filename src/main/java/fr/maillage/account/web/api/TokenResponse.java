package fr.maillage.account.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.maillage.account.ApiToken;
import java.time.Instant;

/**
 * A personal API token as the API shows it: never its secret, except once in the answer to its creation.
 *
 * @param token  the secret, only in the answer to the creation
 * @param prefix its first characters, to recognise it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TokenResponse(Long id, String name, String prefix, String token, Instant createdAt, Instant lastUsedAt,
        Instant revokedAt, boolean active) {

    static TokenResponse of(ApiToken token) {
        return new TokenResponse(token.getId(), token.getName(), token.getTokenPrefix(), null, token.getCreatedAt(),
                token.getLastUsedAt(), token.getRevokedAt(), token.isActive());
    }

    static TokenResponse created(ApiToken token, String secret) {
        return new TokenResponse(token.getId(), token.getName(), token.getTokenPrefix(), secret,
                token.getCreatedAt(), null, null, true);
    }

    @Override
    public String toString() {
        return "TokenResponse[" + id + ", " + name + "]";
    }
}
