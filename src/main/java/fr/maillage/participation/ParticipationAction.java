package fr.maillage.participation;

/**
 * What a user may try to do with a workspace's participation bodies.
 */
public enum ParticipationAction {
    /** See the councils, their composition and the draws, with pseudonyms instead of residents' names. */
    VIEW,
    /** Create and describe councils, keep pools and members. */
    EDIT,
    /** See, export and erase the residents' names and contact details. */
    PERSONAL_DATA,
    /** Run a draw by lot and appoint the drawn: an act the pilote answers for. */
    DRAW,
    /** Choose what the public portal shows of a council. */
    PUBLISH
}
