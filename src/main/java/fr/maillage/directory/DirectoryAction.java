package fr.maillage.directory;

/**
 * What a user may try to do in the directory of a workspace.
 */
public enum DirectoryAction {
    /** Search and read organisations, the platform's shared identities. */
    VIEW_DIRECTORY,
    /** Create or change an organisation's public identity. */
    EDIT_ORGANISATION,
    /** Read the workspace's contacts. */
    VIEW_CONTACTS,
    /** Create, change or delete the workspace's contacts. */
    EDIT_CONTACT,
    /** Write the workspace's partnership note and tags about an organisation. */
    EDIT_NOTES,
    /**
     * Import organisations and contacts from a file into the workspace; only its pilotes and
     * contributeurs, who answer for the contacts they bring in, not administrators as such.
     */
    IMPORT,
    /** Merge two organisations found to be the same one; pilotes and administrators. */
    MERGE_ORGANISATIONS
}
