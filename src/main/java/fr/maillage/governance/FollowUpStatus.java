package fr.maillage.governance;

/** Where a follow-up (suite à donner) stands. */
public enum FollowUpStatus {
    A_FAIRE, EN_COURS, FAITE, ABANDONNEE;

    public boolean open() {
        return this == A_FAIRE || this == EN_COURS;
    }

    public static final java.util.List<FollowUpStatus> OPEN = java.util.List.of(A_FAIRE, EN_COURS);
}
