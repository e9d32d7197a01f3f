package fr.maillage.account.web.api;

import fr.maillage.account.UserAccount;
import java.time.Instant;

/**
 * A user account as the API shows it, without any secret.
 */
record UserResponse(Long id, String email, String displayName, boolean admin, boolean enabled, boolean activated,
        boolean mustChangePassword, Instant createdAt, Instant lastLoginAt) {

    static UserResponse of(UserAccount user) {
        return new UserResponse(user.getId(), user.getEmail(), user.getDisplayName(), user.isAdmin(),
                user.isEnabled(), user.isActivated(), user.isMustChangePassword(), user.getCreatedAt(),
                user.getLastLoginAt());
    }
}
