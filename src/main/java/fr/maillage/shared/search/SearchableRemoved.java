package fr.maillage.shared.search;

/**
 * Published when a searchable record is deleted (or must no longer be found, e.g. anonymised).
 */
public record SearchableRemoved(String type, Long id) {
}
