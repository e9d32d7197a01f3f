package fr.maillage.funding;

/** Whom a share of an envelope goes to. */
public enum AllocationKind {
    COMMUNE, COLLEGE, CARRIER, AXIS
}
