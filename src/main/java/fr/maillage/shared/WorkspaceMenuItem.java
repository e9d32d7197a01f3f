package fr.maillage.shared;

/**
 * An entry of the workspace menu (the second navigation bar shown while working in a workspace).
 * Each module declares its entries as beans; the shell sorts them by {@code order}.
 *
 * @param order position in the menu, smaller first (directory 20, programme 30, funding 40, ...)
 * @param labelKey message key of the entry's label
 * @param path path below the workspace, starting with a slash, e.g. {@code "/actions"} for
 *        {@code /espaces/{id}/actions}
 */
public record WorkspaceMenuItem(int order, String labelKey, String path) {

    public String href(Long workspaceId) {
        return "/espaces/" + workspaceId + path;
    }
}
