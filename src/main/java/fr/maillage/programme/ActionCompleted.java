package fr.maillage.programme;

/**
 * Published when an action becomes {@link ActionStatus#REALISEE}: it may now be capitalised in a
 * fiche d'expérience.
 */
public record ActionCompleted(Long workspaceId, Long actionId, String title, Long carrierId, int year) {
}
