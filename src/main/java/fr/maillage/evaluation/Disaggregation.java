package fr.maillage.evaluation;

import java.util.List;

/**
 * A way of splitting a value: by QPV (the workspace's perimeter), by sex, or by age band. Values
 * are always aggregate figures: Maillage never stores a named person behind them.
 */
public enum Disaggregation {
    QPV, SEXE, AGE;

    /** The fixed categories of the split; the QPV are those of the workspace's perimeter. */
    public List<String> fixedCategories() {
        return switch (this) {
            case QPV -> List.of();
            case SEXE -> List.of("F", "M");
            case AGE -> List.of("02-05", "06-10", "11-16", "17+");
        };
    }
}
