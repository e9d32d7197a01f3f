package fr.maillage.directory;

/**
 * Two organisations turned out to be the same one: the removed one's records now belong to the
 * kept one. Modules that refer to organisations move their references when they hear of it.
 */
public record OrganisationsMerged(Long keptId, Long removedId) {
}
