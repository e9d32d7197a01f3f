package fr.maillage.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the evaluation needs to know of a workspace's programme (objectives, actions, their carriers,
 * statuses and referents), read from the programme module.
 */
public interface ProgrammeView {

    /** An objective of the strategy tree. */
    record ObjectiveRef(Long id, String label, String axisLabel) {
    }

    /** An action, with its carrier organisation, objectives, status (a label) and referent user. */
    record ActionRef(Long id, String title, Long carrierId, List<Long> objectiveIds, String status, int year,
            Long referentUserId) {
    }

    List<ObjectiveRef> objectives(Long workspaceId);

    List<ActionRef> actions(Long workspaceId);

    Optional<ActionRef> action(Long workspaceId, Long actionId);

    /** Titles of the given actions, keyed by id. */
    default Map<Long, String> actionTitles(Long workspaceId) {
        Map<Long, String> titles = new java.util.HashMap<>();
        actions(workspaceId).forEach(a -> titles.put(a.id(), a.title()));
        return titles;
    }

    /** Labels of the objectives, keyed by id. */
    default Map<Long, String> objectiveLabels(Long workspaceId) {
        Map<Long, String> labels = new java.util.HashMap<>();
        objectives(workspaceId).forEach(o -> labels.put(o.id(), o.label()));
        return labels;
    }
}
