package fr.maillage.governance;

/**
 * How a body's quorum is computed from its voting members present or represented: none, a
 * minimum count, or a minimum share in percent.
 */
public enum QuorumRule {
    NONE, COUNT, SHARE;

    /**
     * @param value   the count or the percentage
     * @param voting  voting members expected
     * @param counted voting members present or represented
     */
    public boolean reached(int value, int voting, int counted) {
        return switch (this) {
            case NONE -> true;
            case COUNT -> counted >= value;
            case SHARE -> voting > 0 && counted * 100L >= (long) value * voting;
        };
    }

    /** How many voting members present or represented reach the quorum. */
    public int required(int value, int voting) {
        return switch (this) {
            case NONE -> 0;
            case COUNT -> value;
            case SHARE -> (int) Math.ceil(value * voting / 100.0);
        };
    }
}
