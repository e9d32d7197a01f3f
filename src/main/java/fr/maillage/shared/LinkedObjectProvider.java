package fr.maillage.shared;

import java.util.List;
import java.util.Optional;

/**
 * Implemented (as a bean) by a module whose records others may link to: programme (actions),
 * funding (applications), evaluation (indicators). A module that links (governance's agenda items)
 * takes every provider as a {@code List<LinkedObjectProvider>} and never depends on the others.
 * Both methods only ever return records of the given workspace.
 */
public interface LinkedObjectProvider {

    /** The type stored with the link, e.g. {@code "application"}. */
    String type();

    /** Message key of the type's label, e.g. {@code "funding.linked.application"}. */
    String labelKey();

    /** Records of the workspace whose label matches the query (all when blank), at most {@code limit}. */
    List<LinkedObject> search(Long workspaceId, String query, int limit);

    /** One record of the workspace, if it still exists. */
    Optional<LinkedObject> find(Long workspaceId, Long id);
}
