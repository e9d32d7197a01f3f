package fr.maillage.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * The address to send a reset link to.
 */
public record ForgotPasswordForm(
        @NotBlank(message = "{account.form.email.required}") @Email(message = "{account.form.email.invalid}") String email) {
}
