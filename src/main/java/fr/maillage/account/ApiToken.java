package fr.maillage.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A personal API token: it lets a program act as its user, with exactly his rights, until it is
 * revoked. Only the SHA-256 of the secret is stored, with its first characters so that the user
 * can recognise it in a list.
 */
@Entity
@Table(name = "account_api_token")
public class ApiToken {

    /** Recording every call would write once per request; a minute is precise enough to spot unused tokens. */
    static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;
    private String name;
    private String tokenHash;
    private String tokenPrefix;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(Long userId, String name, String tokenHash, String tokenPrefix) {
        this.userId = userId;
        this.name = name.strip();
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = Instant.now();
    }

    /** Revokes the token for good; revoking it again changes nothing, so that a repeated request is harmless. */
    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    /** Notes a call made with the token, at most once per {@link #USE_RECORDING_INTERVAL}. */
    void recordUse(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minus(USE_RECORDING_INTERVAL))) {
            lastUsedAt = now;
        }
    }

    boolean belongsTo(Long user) {
        return userId.equals(user);
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    /** The first characters of the secret, enough to recognise the token, useless to use it. */
    public String getTokenPrefix() {
        return tokenPrefix;
    }

    String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    @Override
    public String toString() {
        return name + " (" + tokenPrefix + "…)";
    }
}
