package fr.maillage.governance;

/**
 * The kinds of governance bodies a workspace holds; the code of decisions defaults to the kind.
 */
public enum BodyKind {
    COPIL, COTECH, GTP, COMMISSION, TROIKA, GROUPE_TRAVAIL, AUTRE;

    /** The prefix of decision numbers, e.g. "COPIL" in COPIL-2027-03. */
    public String defaultCode() {
        return switch (this) {
            case GROUPE_TRAVAIL -> "GT";
            case COMMISSION -> "COM";
            case AUTRE -> "INST";
            default -> name();
        };
    }
}
