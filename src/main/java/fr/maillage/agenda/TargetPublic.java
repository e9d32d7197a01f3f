package fr.maillage.agenda;

/**
 * The publics an event is meant for; a registrant says which one he belongs to, and statistics
 * count by it.
 */
public enum TargetPublic {
    PROFESSIONNELS, ELUS, ASSOCIATIONS, HABITANTS, CONSEILS_CITOYENS, SERVICES_ETAT, EDUCATION, BAILLEURS, AUTRE
}
