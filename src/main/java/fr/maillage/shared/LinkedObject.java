package fr.maillage.shared;

/**
 * A record of some module that another module links to without depending on it, e.g. the actions,
 * applications and indicators an agenda item of a meeting is about.
 *
 * @param type the provider's type: {@code action}, {@code application}, {@code indicator}, ...
 * @param id the record's id in its module
 * @param label what a user reads, e.g. "Dossier 2027-014 — Atelier parents (Centre social Ouest)"
 * @param url absolute path of the record's page
 */
public record LinkedObject(String type, Long id, String label, String url) {
}
