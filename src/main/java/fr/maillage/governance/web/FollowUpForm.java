package fr.maillage.governance.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A follow-up as typed: owned by a member of the workspace, or by a partner given by e-mail who
 * is then invited as contributeur.
 */
public record FollowUpForm(
        @NotBlank(message = "{governance.followUp.title.required}") @Size(max = 300, message = "{governance.followUp.title.size}") String title,
        @Size(max = 4000, message = "{governance.followUp.description.size}") String description,
        Long ownerUserId,
        @Email(message = "{governance.followUp.partnerEmail.invalid}") @Size(max = 250, message = "{governance.followUp.partnerEmail.invalid}") String partnerEmail,
        @Size(max = 200, message = "{governance.followUp.partnerName.size}") String partnerName,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
        Long decisionId) {

    static FollowUpForm empty() {
        return new FollowUpForm("", "", null, "", "", null, null);
    }

    boolean forPartner() {
        return ownerUserId == null && partnerEmail != null && !partnerEmail.isBlank();
    }
}
