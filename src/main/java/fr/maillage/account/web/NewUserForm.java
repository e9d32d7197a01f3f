package fr.maillage.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A user created by an administrator with an initial password to change at first login.
 */
public record NewUserForm(
        @NotBlank(message = "{account.form.displayName.required}") @Size(max = 200) String displayName,
        @NotBlank(message = "{account.form.email.required}") @Email(message = "{account.form.email.invalid}") @Size(max = 320) String email,
        @NotBlank(message = "{account.form.password.required}") @Size(min = 12, max = 200, message = "{account.form.password.size}") String password,
        Boolean admin) {

    public static NewUserForm empty() {
        return new NewUserForm("", "", "", false);
    }

    boolean isAdministrator() {
        return Boolean.TRUE.equals(admin);
    }
}
