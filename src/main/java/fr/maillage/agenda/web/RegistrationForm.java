package fr.maillage.agenda.web;

import fr.maillage.agenda.RegistrationDetails;
import fr.maillage.agenda.TargetPublic;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The public registration form. {@code website} is a honeypot: hidden from people by a CSS class
 * (and from assistive technologies), bots that fill every field fill it too.
 */
record RegistrationForm(
        @NotBlank(message = "{agenda.registration.fullName.required}") @Size(max = 200) String fullName,
        @Size(max = 250) String organisation,
        @NotBlank(message = "{agenda.registration.email.required}") @Email(message = "{agenda.registration.email.invalid}")
        @Size(max = 250) String email,
        @Size(max = 200) String function,
        TargetPublic publicKind,
        @Size(max = 2000) String accessibilityNeeds,
        @NotNull(message = "{agenda.registration.consent.required}")
        @AssertTrue(message = "{agenda.registration.consent.required}") Boolean consent,
        String website) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "", null, "", null, "");
    }

    boolean filledByRobot() {
        return website != null && !website.isBlank();
    }

    RegistrationDetails details() {
        return new RegistrationDetails(fullName, organisation, email, function, publicKind, accessibilityNeeds);
    }
}
