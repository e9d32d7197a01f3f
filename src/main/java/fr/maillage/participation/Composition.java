package fr.maillage.participation;

import java.util.List;

/**
 * A council's active members against its targets, by college, gender, age band and quartier.
 *
 * @param rows one per category, in display order
 */
public record Composition(List<Row> rows) {

    /**
     * @param dimension {@code COLLEGE}, {@code GENDER}, {@code AGE} or {@code QUARTIER}
     * @param label the category as users read it ("Femmes", "16-25 ans", "Petite Hollande")
     * @param target seats wanted, or null when the council set none
     */
    public record Row(String dimension, String label, long actual, Integer target) {

        /** Whether the category is below its target. */
        public boolean missing() {
            return target != null && actual < target;
        }
    }

    public List<Row> of(String dimension) {
        return rows.stream().filter(r -> r.dimension().equals(dimension)).toList();
    }
}
