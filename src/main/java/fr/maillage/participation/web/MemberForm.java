package fr.maillage.participation.web;

import fr.maillage.participation.AgeBand;
import fr.maillage.participation.College;
import fr.maillage.participation.Gender;
import fr.maillage.participation.MemberDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A member entered by hand: an association's representative, or a resident who joined without a draw.
 */
public record MemberForm(
        @NotNull(message = "{participation.member.college.required}") College college,
        @NotBlank(message = "{participation.member.firstName.required}") @Size(max = 100, message = "{participation.member.name.size}") String firstName,
        @NotBlank(message = "{participation.member.lastName.required}") @Size(max = 100, message = "{participation.member.name.size}") String lastName,
        Gender gender, AgeBand ageBand, String qpvCode,
        @Size(max = 200, message = "{participation.member.organisation.size}") String organisationName,
        @Email(message = "{participation.member.email.invalid}") @Size(max = 320, message = "{participation.member.email.invalid}") String email,
        @Size(max = 40, message = "{participation.member.phone.size}") String phone,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn) {

    public static MemberForm empty() {
        return new MemberForm(College.ACTEURS, null, null, null, null, null, null, null, null, LocalDate.now());
    }

    public MemberDetails details() {
        return new MemberDetails(college, firstName, lastName, gender, ageBand, qpvCode, organisationName, email, phone);
    }
}
