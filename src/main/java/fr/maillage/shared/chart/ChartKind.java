package fr.maillage.shared.chart;

/** How a chart draws its series. */
public enum ChartKind {
    /** One series, one bar per category. */
    BAR,
    /** Several series side by side in each category. */
    GROUPED_BAR,
    /** Several series stacked in each category (values must not be negative). */
    STACKED_BAR,
    /** One line per series across the categories (periods). */
    LINE
}
