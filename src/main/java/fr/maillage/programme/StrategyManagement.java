package fr.maillage.programme;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceType;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing a workspace's strategy tree: axes, strategic and operational objectives, their order,
 * and the three national objectives of a cité éducative. Every method names the workspace, and a
 * record of another workspace is "not found".
 */
@Service
@Transactional
public class StrategyManagement {

    /** The three national objectives of the cités éducatives, in their official order. */
    public static final List<String> NATIONAL_OBJECTIVES = List.of("Conforter le rôle de l'école",
            "Promouvoir la continuité éducative", "Ouvrir le champ des possibles");

    private final Axes axes;
    private final Objectives objectives;
    private final Actions actions;
    private final WorkspaceManagement workspaces;

    StrategyManagement(Axes axes, Objectives objectives, Actions actions, WorkspaceManagement workspaces) {
        this.axes = axes;
        this.objectives = objectives;
        this.actions = actions;
        this.workspaces = workspaces;
    }

    public Axis addAxis(Long workspaceId, String title, String description) {
        workspaces.get(workspaceId);
        return axes.save(new Axis(workspaceId, title, description, nextPosition(axes(workspaceId), Axis::getPosition),
                false));
    }

    public Axis describeAxis(Long workspaceId, Long axisId, long expectedVersion, String title, String description) {
        Axis axis = axis(workspaceId, axisId);
        if (axis.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Axis.class, axisId);
        }
        axis.describe(title, description);
        return axis;
    }

    /** Deletes an axis that has no objective left. */
    public void deleteAxis(Long workspaceId, Long axisId) {
        Axis axis = axis(workspaceId, axisId);
        if (objectives.existsByAxisId(axisId)) {
            throw new BusinessRuleException("programme.strategy.axis.notEmpty", axis.getTitle());
        }
        axes.delete(axis);
    }

    /** Moves an axis one place up or down; at either end nothing changes. */
    public void moveAxis(Long workspaceId, Long axisId, boolean up) {
        axis(workspaceId, axisId);
        swap(axes(workspaceId), axisId, up, Axis::getId, Axis::placeAt);
    }

    /**
     * Adds an objective under an axis (strategic, {@code parentId} null) or under a strategic
     * objective of that axis (operational).
     */
    public Objective addObjective(Long workspaceId, Long axisId, Long parentId, String title, String description) {
        axis(workspaceId, axisId);
        if (parentId != null) {
            Objective parent = objective(workspaceId, parentId);
            if (!parent.isStrategic() || !parent.getAxisId().equals(axisId)) {
                throw new BusinessRuleException("programme.strategy.objective.parent");
            }
        }
        return objectives.save(new Objective(workspaceId, axisId, parentId, title, description,
                nextPosition(siblings(workspaceId, axisId, parentId), Objective::getPosition)));
    }

    public Objective describeObjective(Long workspaceId, Long objectiveId, long expectedVersion, String title,
            String description) {
        Objective objective = objective(workspaceId, objectiveId);
        if (objective.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Objective.class, objectiveId);
        }
        objective.describe(title, description);
        return objective;
    }

    /** Deletes an objective that has no operational objective under it and that no action serves. */
    public void deleteObjective(Long workspaceId, Long objectiveId) {
        Objective objective = objective(workspaceId, objectiveId);
        if (objectives.existsByParentId(objectiveId)) {
            throw new BusinessRuleException("programme.strategy.objective.hasChildren", objective.getTitle());
        }
        if (actions.servesObjective(objectiveId)) {
            throw new BusinessRuleException("programme.strategy.objective.served", objective.getTitle());
        }
        objectives.delete(objective);
    }

    /** Moves an objective one place up or down among its siblings. */
    public void moveObjective(Long workspaceId, Long objectiveId, boolean up) {
        Objective objective = objective(workspaceId, objectiveId);
        swap(siblings(workspaceId, objective.getAxisId(), objective.getParentId()), objectiveId, up,
                Objective::getId, Objective::placeAt);
    }

    /**
     * Adds the three national objectives of the cités éducatives as axes, once.
     *
     * @return the axes created
     */
    public List<Axis> prefillNationalObjectives(Long workspaceId) {
        if (workspaces.get(workspaceId).getType() != WorkspaceType.CITE_EDUCATIVE) {
            throw new BusinessRuleException("programme.strategy.prefill.notCite");
        }
        if (axes.existsByWorkspaceIdAndNationalTrue(workspaceId)) {
            throw new BusinessRuleException("programme.strategy.prefill.done");
        }
        int position = nextPosition(axes(workspaceId), Axis::getPosition);
        List<Axis> created = new java.util.ArrayList<>();
        for (String title : NATIONAL_OBJECTIVES) {
            created.add(axes.save(new Axis(workspaceId, title, null, position++, true)));
        }
        return created;
    }

    /** Whether the national objectives may still be pre-filled in this workspace. */
    @Transactional(readOnly = true)
    public boolean canPrefill(Long workspaceId) {
        return workspaces.get(workspaceId).getType() == WorkspaceType.CITE_EDUCATIVE
                && !axes.existsByWorkspaceIdAndNationalTrue(workspaceId);
    }

    @Transactional(readOnly = true)
    public Axis axis(Long workspaceId, Long axisId) {
        return axes.findByIdAndWorkspaceId(axisId, workspaceId)
                .orElseThrow(() -> new NotFoundException("axis " + axisId));
    }

    @Transactional(readOnly = true)
    public Objective objective(Long workspaceId, Long objectiveId) {
        return objectives.findByIdAndWorkspaceId(objectiveId, workspaceId)
                .orElseThrow(() -> new NotFoundException("objective " + objectiveId));
    }

    private List<Axis> axes(Long workspaceId) {
        return axes.findByWorkspaceIdOrderByPositionAscIdAsc(workspaceId);
    }

    private List<Objective> siblings(Long workspaceId, Long axisId, Long parentId) {
        return objectives.findByWorkspaceIdAndAxisId(workspaceId, axisId).stream()
                .filter(o -> java.util.Objects.equals(o.getParentId(), parentId))
                .sorted(Comparator.comparingInt(Objective::getPosition).thenComparing(Objective::getId)).toList();
    }

    private static <T> int nextPosition(List<T> list, ToIntFunction<T> position) {
        return list.stream().mapToInt(position).max().orElse(0) + 1;
    }

    /** Renumbers the ordered list 1..n with the element swapped with its neighbour. */
    private static <T> void swap(List<T> ordered, Long id, boolean up, java.util.function.Function<T, Long> idOf,
            java.util.function.ObjIntConsumer<T> place) {
        List<T> list = new java.util.ArrayList<>(ordered);
        int index = -1;
        for (int i = 0; i < list.size(); i++) {
            if (idOf.apply(list.get(i)).equals(id)) {
                index = i;
            }
        }
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= list.size()) {
            return;
        }
        java.util.Collections.swap(list, index, other);
        for (int i = 0; i < list.size(); i++) {
            place.accept(list.get(i), i + 1);
        }
    }
}
