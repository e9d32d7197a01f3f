package fr.maillage.knowledge.web;

import fr.maillage.shared.LinkedObject;
import fr.maillage.shared.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes the first draft of a sheet from a completed fiche action of the workspace.
 */
@Component
class SheetPrefill {

    /** The workspace's completed actions a sheet may be written from, most recent first. */
    List<LinkedObject> completedActions(Long workspaceId) {
        return List.of();
    }

    boolean isActionOf(Long workspaceId, Long actionId) {
        return false;
    }

    /** The action a sheet was written from, if it still exists. */
    LinkedObject actionLabel(Long workspaceId, Long actionId) {
        return null;
    }

    SheetForm fromAction(Long workspaceId, Long actionId) {
        throw new NotFoundException("action " + actionId);
    }
}
