package fr.maillage.workspace;

/**
 * What a user may try to do with a workspace itself.
 */
public enum WorkspaceAction {
    /** See the workspace and its records. */
    VIEW,
    /** Change the workspace's description, dates and perimeter. */
    EDIT,
    /** Invite members, change their role, remove them. */
    MANAGE_MEMBERS,
    /** Read the audit trail. */
    VIEW_AUDIT,
    /** Create a new workspace. */
    CREATE
}
