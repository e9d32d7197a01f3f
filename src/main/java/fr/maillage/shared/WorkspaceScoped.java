package fr.maillage.shared;

/**
 * A record that belongs to one workspace: its audit entries are shown in that workspace's journal.
 */
public interface WorkspaceScoped {

    Long getWorkspaceId();
}
