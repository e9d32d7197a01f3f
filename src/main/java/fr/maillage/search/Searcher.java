package fr.maillage.search;

import java.util.Set;

/**
 * Who searches, as far as visibility goes: an anonymous visitor sees public content only; a
 * logged-in user also sees what belongs to no workspace (organisations) and what belongs to his
 * workspaces; a platform administrator, who may open every workspace, sees everything.
 */
public record Searcher(boolean authenticated, boolean admin, Set<Long> workspaceIds) {

    public static final Searcher ANONYMOUS = new Searcher(false, false, Set.of());

    public Searcher {
        workspaceIds = Set.copyOf(workspaceIds);
    }

    /** Whether this searcher may see a record with this visibility. */
    public boolean maySee(Long workspaceId, boolean visibleToPublic) {
        if (visibleToPublic || admin) {
            return true;
        }
        if (!authenticated) {
            return false;
        }
        return workspaceId == null || workspaceIds.contains(workspaceId);
    }
}
