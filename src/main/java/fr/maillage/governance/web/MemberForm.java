package fr.maillage.governance.web;

import fr.maillage.governance.BodyMember;
import fr.maillage.governance.MemberDetails;
import fr.maillage.governance.MemberFunction;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A member as typed: who (chosen in the directory), his function, college, mandate and vote. */
public record MemberForm(
        Long organisationId,
        Long contactId,
        @Email(message = "{governance.member.email.invalid}") @Size(max = 250, message = "{governance.member.email.invalid}") String email,
        @NotNull(message = "{governance.member.function.required}") MemberFunction function,
        @Size(max = 200, message = "{governance.member.college.size}") String college,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate mandateStart,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate mandateEnd,
        Boolean voting,
        Long version) {

    static MemberForm forNew(Long organisationId, Long contactId) {
        return new MemberForm(organisationId, contactId, "", MemberFunction.MEMBRE, "", null, null, true, null);
    }

    static MemberForm of(BodyMember m) {
        return new MemberForm(m.getOrganisationId(), m.getContactId(), m.getEmail(), m.getFunction(), m.getCollege(),
                m.getMandateStart(), m.getMandateEnd(), m.isVoting(), m.getVersion());
    }

    MemberDetails details() {
        return new MemberDetails(organisationId, contactId, email, function, college, mandateStart, mandateEnd, Boolean.TRUE.equals(voting));
    }

    boolean mandateInOrder() {
        return mandateStart == null || mandateEnd == null || !mandateEnd.isBefore(mandateStart);
    }
}
