package fr.maillage.agenda.web;

import fr.maillage.agenda.Audience;
import fr.maillage.agenda.Event;
import fr.maillage.agenda.EventDetails;
import fr.maillage.agenda.EventKind;
import fr.maillage.agenda.TargetPublic;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The organisers' form of an event.
 */
record EventForm(
        @NotNull(message = "{agenda.event.kind.required}") EventKind kind,
        @NotBlank(message = "{agenda.event.title.required}") @Size(max = 200) String title,
        @Size(max = 1000) String summary,
        @Size(max = 100000) String description,
        @Size(max = 300) String place,
        @Size(max = 500) @Pattern(regexp = "^$|^https://\\S+$", message = "{agenda.event.onlineUrl.invalid}") String onlineUrl,
        @NotNull(message = "{agenda.event.audience.required}") Audience audience,
        @NotNull(message = "{agenda.event.capacity.required}") @Min(value = 1, message = "{agenda.event.capacity.positive}")
        @Max(value = 100000, message = "{agenda.event.capacity.positive}") Integer capacity,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime registrationDeadline,
        List<TargetPublic> publics,
        List<String> themeCodes,
        List<Long> linkedWorkspaceIds,
        boolean surveyAnonymous,
        Long version) {

    static EventForm empty() {
        return new EventForm(null, "", "", "", "", "", Audience.PUBLIC, 30, null, List.of(), List.of(), List.of(),
                true, null);
    }

    static EventForm of(Event event) {
        return new EventForm(event.getKind(), event.getTitle(), event.getSummary(), event.getDescription(),
                event.getPlace(), event.getOnlineUrl(), event.getAudience(), event.getCapacity(),
                event.getRegistrationDeadline(), List.copyOf(event.getPublics()), List.copyOf(event.getThemeCodes()),
                List.copyOf(event.getLinkedWorkspaceIds()), event.isSurveyAnonymous(), event.getVersion());
    }

    EventDetails details() {
        return new EventDetails(kind, title, summary, description, place, onlineUrl, audience, capacity,
                registrationDeadline, set(publics), set(themeCodes), set(linkedWorkspaceIds), surveyAnonymous);
    }

    private static <T> Set<T> set(List<T> values) {
        return values == null ? Set.of() : new HashSet<>(values);
    }
}
