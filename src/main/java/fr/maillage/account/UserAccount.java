package fr.maillage.account;

import fr.maillage.shared.Audited;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A person who logs in to Maillage. Platform administrators manage users and workspaces; every
 * other right comes from memberships of workspaces.
 */
@Entity
@Table(name = "account_user")
@Audited("user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String displayName;
    private String passwordHash;
    private boolean admin;
    private boolean enabled;
    private boolean mustChangePassword;
    private Instant createdAt;
    private Instant lastLoginAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, String passwordHash, boolean admin, boolean mustChangePassword) {
        this.email = normalize(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.admin = admin;
        this.enabled = true;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = Instant.now();
    }

    /** E-mail addresses are compared without case or surrounding spaces. */
    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
        this.enabled = true;
    }

    void recordLogin() {
        this.lastLoginAt = Instant.now();
    }

    void rename(String newName) {
        this.displayName = newName.strip();
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    /** A user invited but who has not chosen a password yet cannot log in. */
    public boolean isActivated() {
        return passwordHash != null;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return email;
    }
}
