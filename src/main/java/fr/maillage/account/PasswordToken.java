package fr.maillage.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A single-use link to choose a password, sent by e-mail: after a "forgotten password" request or
 * with an invitation. Only the SHA-256 of the secret is stored.
 */
@Entity
@Table(name = "account_password_token")
class PasswordToken {

    enum Purpose { RESET, INVITATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;

    protected PasswordToken() {
    }

    PasswordToken(Long userId, String tokenHash, Purpose purpose, Instant expiresAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use() {
        this.usedAt = Instant.now();
    }

    Long getUserId() {
        return userId;
    }

    Purpose getPurpose() {
        return purpose;
    }
}
