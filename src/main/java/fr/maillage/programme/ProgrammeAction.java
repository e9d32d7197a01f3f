package fr.maillage.programme;

/**
 * What a user may try to do with a workspace's programme.
 */
public enum ProgrammeAction {
    /** Read the strategy tree and the fiches actions. */
    VIEW,
    /** Add, describe, reorder and delete axes and objectives. */
    EDIT_STRATEGY,
    /** Write a new fiche action (a contributeur's is assigned to him). */
    CREATE_ACTION,
    /** Change a fiche action, attach files, duplicate it into next year. */
    EDIT_ACTION,
    /** Choose the référent an action is assigned to. */
    ASSIGN_ACTION
}
