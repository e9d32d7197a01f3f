package fr.maillage.evaluation;

/**
 * Which part of a value a measurement gives: the total, or one category of a disaggregation
 * (a QPV code, "F"/"M", an age band).
 *
 * @param dimension {@code TOTAL} or a {@link Disaggregation} name
 * @param category  {@code TOTAL} or the category
 */
public record Breakdown(String dimension, String category) {

    public static final String TOTAL = "TOTAL";
    public static final Breakdown WHOLE = new Breakdown(TOTAL, TOTAL);

    public static Breakdown of(Disaggregation disaggregation, String category) {
        return new Breakdown(disaggregation.name(), category.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public boolean isTotal() {
        return TOTAL.equals(dimension);
    }

    /** The disaggregation, or null for the total. */
    public Disaggregation disaggregation() {
        return isTotal() ? null : Disaggregation.valueOf(dimension);
    }

    /** A form field's name for this part, e.g. {@code SEXE:F}. */
    public String key() {
        return dimension + ":" + category;
    }

    public static Breakdown fromKey(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? WHOLE : new Breakdown(key.substring(0, colon), key.substring(colon + 1));
    }
}
