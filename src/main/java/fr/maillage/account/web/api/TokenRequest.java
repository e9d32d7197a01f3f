package fr.maillage.account.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A token to create.
 *
 * @param name what the token is for ("Export vers le tableur du service"), to recognise it later
 */
record TokenRequest(
        @NotBlank(message = "{account.tokens.form.name.required}")
        @Size(max = 100, message = "{account.tokens.form.name.size}") String name) {
}
