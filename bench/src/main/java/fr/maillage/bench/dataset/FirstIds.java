package fr.maillage.bench.dataset;

/**
 * The first identifiers free in the target tables: generated rows are numbered from there, so that
 * they can be added to a database that already holds some.
 */
public record FirstIds(long user, long workspace, long membership, long organisation, long contact) {

    /** For a database without any of these rows. */
    public static final FirstIds EMPTY = new FirstIds(1, 1, 1, 1, 1);
}
