package fr.maillage.participation.web;

import fr.maillage.participation.Council;
import fr.maillage.participation.CouncilMeeting;
import fr.maillage.participation.CouncilPublication;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the pilote chooses to show on the public portal; meetings are typed one per line,
 * "10/12/2026 Séance plénière".
 */
public record PublicationForm(Boolean published, Boolean charter, Boolean memberCounts, Boolean meetings,
        @Email(message = "{participation.publication.email.invalid}")
        @Size(max = 320, message = "{participation.publication.email.invalid}") String contactEmail,
        @Size(max = 4000, message = "{participation.publication.meetingLines.size}") String meetingLines,
        Long version) {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static PublicationForm of(Council council) {
        StringBuilder lines = new StringBuilder();
        for (CouncilMeeting m : council.getMeetings()) {
            lines.append(FRENCH.format(m.date())).append(m.label() == null ? "" : " " + m.label()).append('\n');
        }
        return new PublicationForm(council.isPublished(), council.isPublishCharter(), council.isPublishMemberCounts(),
                council.isPublishMeetings(), council.getPublicContactEmail(), lines.toString(), council.getVersion());
    }

    /** The meeting lines read back; null when one of them has no valid date. */
    public List<CouncilMeeting> meetingDates() {
        List<CouncilMeeting> dates = new ArrayList<>();
        if (meetingLines == null) {
            return dates;
        }
        for (String line : meetingLines.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            String[] parts = text.split("\\s+", 2);
            try {
                LocalDate date = LocalDate.parse(parts[0], FRENCH);
                String label = parts.length > 1 ? parts[1].strip() : null;
                dates.add(new CouncilMeeting(date, label == null || label.length() <= 200 ? label : label.substring(0, 200)));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return dates;
    }

    private static boolean on(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    public CouncilPublication publication() {
        return new CouncilPublication(on(published), on(charter), on(memberCounts), on(meetings), contactEmail,
                meetingDates());
    }
}
