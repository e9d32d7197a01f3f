package fr.maillage.agenda;

/**
 * What a person gives when registering (on the portal, or at the door for a walk-in).
 */
public record RegistrationDetails(String fullName, String organisation, String email, String function,
        TargetPublic publicKind, String accessibilityNeeds) {
}
