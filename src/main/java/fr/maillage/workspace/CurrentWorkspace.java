package fr.maillage.workspace;

import jakarta.servlet.http.HttpSession;

/**
 * The workspace a user is working in, remembered in his session: the last one he opened.
 */
public final class CurrentWorkspace {

    static final String SESSION_KEY = "maillage.currentWorkspace";

    private CurrentWorkspace() {
    }

    public static Long get(HttpSession session) {
        return session == null ? null : (Long) session.getAttribute(SESSION_KEY);
    }

    public static void set(HttpSession session, Long workspaceId) {
        session.setAttribute(SESSION_KEY, workspaceId);
    }
}
