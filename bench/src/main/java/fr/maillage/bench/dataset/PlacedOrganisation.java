package fr.maillage.bench.dataset;

/**
 * A generated organisation as its contacts need to know it: its line id, where it is, and the
 * e-mail domain its people write from.
 */
record PlacedOrganisation(long id, String communeCode, String departement, String domain) {
}
