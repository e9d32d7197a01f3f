package fr.maillage.knowledge.web;

import fr.maillage.knowledge.ExperienceSheet;
import fr.maillage.knowledge.SheetDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The experience sheet form. Territories are typed as INSEE and QPV codes separated by commas or
 * spaces; the carrier and the partners (one per line) by their name in the directory.
 */
record SheetForm(
        @NotBlank(message = "{knowledge.sheet.title.required}") @Size(max = 250, message = "{knowledge.field.tooLong}") String title,
        @Size(max = 2000, message = "{knowledge.field.tooLong}") String summary,
        @Size(max = 500, message = "{knowledge.field.tooLong}") String communeCodes,
        @Size(max = 500, message = "{knowledge.field.tooLong}") String qpvCodes,
        @Size(max = 250, message = "{knowledge.field.tooLong}") String carrier,
        @Size(max = 3000, message = "{knowledge.field.tooLong}") String partners,
        List<String> themeCodes,
        @Size(max = 500, message = "{knowledge.field.tooLong}") String targetPublics,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @Size(max = 100000, message = "{knowledge.field.tooLong}") String context,
        @Size(max = 100000, message = "{knowledge.field.tooLong}") String objectives,
        @Size(max = 100000, message = "{knowledge.field.tooLong}") String activities,
        @Size(max = 100000, message = "{knowledge.field.tooLong}") String means,
        @Size(max = 100000, message = "{knowledge.field.tooLong}") String results,
        @Size(max = 100000, message = "{knowledge.field.tooLong}") String lessons,
        @Size(max = 100000, message = "{knowledge.field.tooLong}") String transferability,
        @Size(max = 500, message = "{knowledge.field.tooLong}") String contact,
        Long version) {

    static SheetForm empty() {
        return new SheetForm("", "", "", "", "", "", List.of(), "", null, null, "", "", "", "", "", "", "", "", null);
    }

    static SheetForm of(ExperienceSheet s, String carrierName, List<String> partnerNames) {
        return new SheetForm(s.getTitle(), s.getSummary(), String.join(", ", s.getCommuneCodes()),
                String.join(", ", s.getQpvCodes()), carrierName, String.join("\n", partnerNames),
                List.copyOf(s.getThemeCodes()), s.getTargetPublics(), s.getStartDate(), s.getEndDate(), s.getContext(),
                s.getObjectives(), s.getActivities(), s.getMeans(), s.getResults(), s.getLessons(),
                s.getTransferability(), s.getContact(), s.getVersion());
    }

    Set<String> communeSet() {
        return codes(communeCodes);
    }

    Set<String> qpvSet() {
        return codes(qpvCodes);
    }

    List<String> partnerNames() {
        return partners == null ? List.of()
                : Arrays.stream(partners.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    SheetDetails details(Long carrierId, Set<Long> partnerIds) {
        return new SheetDetails(title, summary, communeSet(), qpvSet(), carrierId, partnerIds,
                themeCodes == null ? Set.of() : Set.copyOf(themeCodes), targetPublics, startDate, endDate, context,
                objectives, activities, means, results, lessons, transferability, contact);
    }

    private static Set<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).map(s -> s.strip().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
