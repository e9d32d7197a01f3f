package fr.maillage.governance.web;

import fr.maillage.governance.Meeting;
import fr.maillage.governance.MeetingDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** A meeting as typed: title, day, start and end times, place, video link. */
public record MeetingForm(
        @NotBlank(message = "{governance.meeting.title.required}") @Size(max = 300, message = "{governance.meeting.title.size}") String title,
        @NotNull(message = "{governance.meeting.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @NotNull(message = "{governance.meeting.start.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startTime,
        @NotNull(message = "{governance.meeting.end.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endTime,
        @Size(max = 300, message = "{governance.meeting.place.size}") String place,
        @Pattern(regexp = "^$|^https://\\S+$", message = "{governance.meeting.videoLink.pattern}") @Size(max = 500, message = "{governance.meeting.videoLink.pattern}") String videoLink,
        Long version) {

    static MeetingForm empty(String title) {
        return new MeetingForm(title, null, LocalTime.of(9, 30), LocalTime.of(11, 30), "", "", null);
    }

    static MeetingForm of(Meeting m) {
        return new MeetingForm(m.getTitle(), m.getDate(), m.getStartsAt().toLocalTime(), m.getEndsAt().toLocalTime(),
                m.getPlace(), m.getVideoLink(), m.getVersion());
    }

    boolean endsAfterStart() {
        return startTime == null || endTime == null || endTime.isAfter(startTime);
    }

    MeetingDetails details() {
        return new MeetingDetails(title, date.atTime(startTime), date.atTime(endTime), place, videoLink);
    }
}
