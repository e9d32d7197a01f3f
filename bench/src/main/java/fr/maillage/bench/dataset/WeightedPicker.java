package fr.maillage.bench.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Picks items at random in proportion to their weight (population, most often): big towns get more
 * QPV, more organisations and more workspaces, as they do in reality.
 */
final class WeightedPicker<T> {

    private final List<T> items;
    private final double[] cumulative;

    WeightedPicker(List<T> items, ToDoubleFunction<T> weight) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Nothing to pick from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double total = 0;
        for (int i = 0; i < items.size(); i++) {
            total += Math.max(weight.applyAsDouble(items.get(i)), 1e-9);
            cumulative[i] = total;
        }
    }

    T pick(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = Arrays.binarySearch(cumulative, target);
        return items.get(index >= 0 ? index : Math.min(-index - 1, items.size() - 1));
    }

    int size() {
        return items.size();
    }
}
