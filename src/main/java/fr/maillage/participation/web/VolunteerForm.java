package fr.maillage.participation.web;

import fr.maillage.participation.AgeBand;
import fr.maillage.participation.Gender;
import fr.maillage.participation.ListSource;
import fr.maillage.participation.VolunteerDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A resident entered by hand in a pool.
 */
public record VolunteerForm(
        @NotBlank(message = "{participation.member.firstName.required}") @Size(max = 100, message = "{participation.member.name.size}") String firstName,
        @NotBlank(message = "{participation.member.lastName.required}") @Size(max = 100, message = "{participation.member.name.size}") String lastName,
        @NotNull(message = "{participation.member.gender.required}") Gender gender,
        @NotNull(message = "{participation.member.ageBand.required}") AgeBand ageBand,
        @NotBlank(message = "{participation.member.quartier.required}") String qpvCode,
        @NotNull(message = "{participation.volunteer.source.required}") ListSource source,
        @Email(message = "{participation.member.email.invalid}") @Size(max = 320, message = "{participation.member.email.invalid}") String email,
        @Size(max = 40, message = "{participation.member.phone.size}") String phone,
        @Size(max = 300, message = "{participation.volunteer.address.size}") String address) {

    public static VolunteerForm empty() {
        return new VolunteerForm(null, null, null, null, null, ListSource.VOLONTAIRES, null, null, null);
    }

    public VolunteerDetails details() {
        return new VolunteerDetails(firstName, lastName, gender, ageBand, qpvCode, source, email, phone, address);
    }
}
