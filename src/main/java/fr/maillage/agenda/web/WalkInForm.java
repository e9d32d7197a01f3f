package fr.maillage.agenda.web;

import fr.maillage.agenda.RegistrationDetails;
import fr.maillage.agenda.TargetPublic;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Someone who came without registering, added on the day; the e-mail is optional.
 */
record WalkInForm(
        @NotBlank(message = "{agenda.registration.fullName.required}") @Size(max = 200) String fullName,
        @Size(max = 250) String organisation,
        @Email(message = "{agenda.registration.email.invalid}") @Size(max = 250) String email,
        @Size(max = 200) String function,
        TargetPublic publicKind) {

    static WalkInForm empty() {
        return new WalkInForm("", "", "", "", null);
    }

    RegistrationDetails details() {
        return new RegistrationDetails(fullName, organisation, email == null ? "" : email, function, publicKind, null);
    }
}
