package fr.maillage.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new password, typed twice; used by the reset link, the invitation link and the profile page
 * (where the current password is also asked).
 */
public record PasswordForm(
        String currentPassword,
        @NotBlank(message = "{account.form.password.required}") @Size(min = 12, max = 200, message = "{account.form.password.size}") String password,
        String passwordConfirmation) {

    public static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }

    boolean confirmed() {
        return password != null && password.equals(passwordConfirmation);
    }
}
