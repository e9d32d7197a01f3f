package fr.maillage.evaluation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A campaign as typed: title, period, deadline and how many days the links stay open after it.
 * The recipients (one contact per action) come as parameters {@code contact.<actionId>}.
 */
public record CampaignForm(
        @NotBlank(message = "{evaluation.campaign.title.required}") @Size(max = 250, message = "{evaluation.campaign.title.size}") String title,
        @NotBlank(message = "{evaluation.campaign.period.required}") @Size(max = 20, message = "{evaluation.campaign.period.size}") String period,
        @NotNull(message = "{evaluation.campaign.deadline.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
        @NotNull(message = "{evaluation.campaign.extraDays.required}") @Min(value = 0, message = "{evaluation.campaign.extraDays.range}") @Max(value = 60, message = "{evaluation.campaign.extraDays.range}") Integer extraDays) {

    static CampaignForm empty() {
        LocalDate today = LocalDate.now();
        int schoolYearEnd = today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
        return new CampaignForm("", (schoolYearEnd - 1) + "-" + schoolYearEnd, today.plusWeeks(3), 7);
    }
}
