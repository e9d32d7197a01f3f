package fr.maillage.agenda.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A session to add to an event: its day and times (French time) and, if it differs, its place.
 */
record SessionForm(
        @NotBlank(message = "{agenda.session.title.required}") @Size(max = 200) String title,
        @NotNull(message = "{agenda.session.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @NotNull(message = "{agenda.session.start.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime start,
        @NotNull(message = "{agenda.session.end.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime end,
        @Size(max = 300) String place) {

    static SessionForm empty() {
        return new SessionForm("", null, LocalTime.of(9, 30), LocalTime.of(12, 30), "");
    }

    LocalDateTime startsAt() {
        return LocalDateTime.of(date, start);
    }

    LocalDateTime endsAt() {
        return LocalDateTime.of(date, end);
    }
}
