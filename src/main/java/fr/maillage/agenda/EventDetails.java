package fr.maillage.agenda;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What the organisers describe of an event; the description is HTML, sanitised before storing.
 */
public record EventDetails(EventKind kind, String title, String summary, String description, String place,
        String onlineUrl, Audience audience, int capacity, LocalDateTime registrationDeadline,
        Set<TargetPublic> publics, Set<String> themeCodes, Set<Long> linkedWorkspaceIds, boolean surveyAnonymous) {
}
