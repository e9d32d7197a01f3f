package fr.maillage.governance;

import java.time.LocalDateTime;

/** What describes a meeting: title, local start and end (Europe/Paris), place and video link. */
public record MeetingDetails(String title, LocalDateTime startsAt, LocalDateTime endsAt, String place,
        String videoLink) {
}
