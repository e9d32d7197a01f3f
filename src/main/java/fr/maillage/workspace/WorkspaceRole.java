package fr.maillage.workspace;

/**
 * A member's role in a workspace: the pilote runs it, the contributeur edits what he is assigned,
 * the lecteur reads.
 */
public enum WorkspaceRole {
    PILOTE, CONTRIBUTEUR, LECTEUR
}
