package fr.maillage.shared;

/**
 * An entry of the public portal's menu, shown to everyone (anonymous visitors included).
 * Modules declare their entries as beans; the shell sorts them by {@code order}.
 *
 * @param order position in the menu, smaller first
 * @param labelKey message key of the entry's label
 * @param path absolute path, e.g. {@code "/evenements"}
 */
public record PublicMenuItem(int order, String labelKey, String path) {
}
