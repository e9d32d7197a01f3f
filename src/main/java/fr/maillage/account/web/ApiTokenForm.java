package fr.maillage.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The name of a personal API token to create from the profile page.
 */
public record ApiTokenForm(
        @NotBlank(message = "{account.tokens.form.name.required}")
        @Size(max = 100, message = "{account.tokens.form.name.size}") String name) {

    public static ApiTokenForm empty() {
        return new ApiTokenForm("");
    }
}
