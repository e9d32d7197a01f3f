package fr.maillage.shared;

/**
 * A panel of a logged-in user's home page, contributed by a module as a bean (e.g. the follow-ups
 * assigned to him, the campaigns waiting for his answer). The home page renders
 * {@code ~{template :: selector}} with the variable {@code panel} bound to {@link #data(Long)}.
 * Panels for visitors ({@link #forVisitors()}) fill the public portal's home page instead.
 */
public interface HomePanel {

    /** Position on the home page, smaller first. */
    int order();

    /** Template holding the fragment, e.g. {@code "governance/home-panel"}. */
    String template();

    /** Fragment selector in that template, e.g. {@code "followups"}. */
    String selector();

    /**
     * What the panel shows to this user, or {@code null} to hide the panel. Must be bounded (a
     * page of items, counts): it runs on every home page view.
     */
    Object data(Long userId);

    /**
     * Whether the panel is shown on the public home page to anonymous visitors (then
     * {@link #data(Long)} is called with {@code null}) rather than on logged-in users' home page.
     */
    default boolean forVisitors() {
        return false;
    }
}
