package fr.maillage.newsletter.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A visitor's subscription request. {@code website} is a trap for bots: hidden from people, a filled
 * one means a robot filled the form.
 */
record SubscribeForm(
        @NotBlank(message = "{newsletter.field.email.invalid}") @Email(message = "{newsletter.field.email.invalid}")
        @Size(max = 254, message = "{newsletter.field.email.invalid}") String email,
        @NotNull(message = "{newsletter.field.consent.required}")
        @AssertTrue(message = "{newsletter.field.consent.required}") Boolean consent,
        String website) {

    static SubscribeForm empty() {
        return new SubscribeForm(null, null, null);
    }
}
