package fr.maillage.knowledge;


/**
 * Look-ups the browser tests need from the module's package.
 */
public final class KnowledgeBrowserSupport {

    private KnowledgeBrowserSupport() {
    }

    public static Long firstItemId(NewsWatch watch, Long workspaceId) {
        return watch.fetchedSince(workspaceId, java.time.Instant.EPOCH).get(0).getId();
    }
}
