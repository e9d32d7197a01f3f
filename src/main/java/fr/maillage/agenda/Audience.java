package fr.maillage.agenda;

/**
 * Who may see and register: anyone on the public portal, or only members of the linked workspaces.
 */
public enum Audience {
    PUBLIC, RESTRICTED
}
