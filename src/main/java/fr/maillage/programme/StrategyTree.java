package fr.maillage.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A workspace's strategy as a tree: axes in their order, each with its strategic objectives in
 * their order, each with its operational objectives.
 */
public record StrategyTree(List<AxisNode> axes) {

    /** An axis and its strategic objectives. */
    public record AxisNode(Axis axis, List<ObjectiveNode> objectives) {
    }

    /** A strategic objective and its operational objectives. */
    public record ObjectiveNode(Objective objective, List<Objective> children) {
    }

    static StrategyTree of(List<Axis> axes, List<Objective> objectives) {
        Comparator<Objective> order = Comparator.comparingInt(Objective::getPosition).thenComparing(Objective::getId);
        Map<Long, List<Objective>> byParent = objectives.stream().filter(o -> o.getParentId() != null)
                .collect(Collectors.groupingBy(Objective::getParentId));
        Map<Long, List<Objective>> strategicByAxis = objectives.stream().filter(Objective::isStrategic)
                .collect(Collectors.groupingBy(Objective::getAxisId));
        List<AxisNode> nodes = new ArrayList<>();
        for (Axis axis : axes) {
            List<ObjectiveNode> strategic = strategicByAxis.getOrDefault(axis.getId(), List.of()).stream().sorted(order)
                    .map(o -> new ObjectiveNode(o,
                            byParent.getOrDefault(o.getId(), List.of()).stream().sorted(order).toList()))
                    .toList();
            nodes.add(new AxisNode(axis, strategic));
        }
        return new StrategyTree(List.copyOf(nodes));
    }

    /** Every objective in tree order: each strategic objective followed by its operational ones. */
    public List<Objective> objectivesInOrder() {
        List<Objective> list = new ArrayList<>();
        for (AxisNode axis : axes) {
            for (ObjectiveNode node : axis.objectives()) {
                list.add(node.objective());
                list.addAll(node.children());
            }
        }
        return list;
    }

    public boolean isEmpty() {
        return axes.isEmpty();
    }
}
