package fr.maillage.account.web.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A user provisioned by an administrator, with an initial password he must change at his first login.
 */
record NewUserRequest(
        @NotBlank(message = "{account.form.email.required}") @Email(message = "{account.form.email.invalid}")
        @Size(max = 320, message = "{api.form.email.size}") String email,
        @NotBlank(message = "{account.form.displayName.required}")
        @Size(max = 200, message = "{api.form.displayName.size}") String displayName,
        @NotBlank(message = "{account.form.password.required}")
        @Size(min = 12, max = 200, message = "{account.form.password.size}") String password,
        Boolean admin) {

    boolean isAdministrator() {
        return Boolean.TRUE.equals(admin);
    }

    @Override
    public String toString() {
        return "NewUserRequest[" + email + "]";
    }
}
