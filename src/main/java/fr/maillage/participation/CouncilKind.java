package fr.maillage.participation;

/**
 * The formats a participation body takes since the décrets 2024-1036/1037.
 */
public enum CouncilKind {
    CONSEIL_CITOYEN, TABLE_DE_QUARTIER, MAISON_DU_PROJET
}
