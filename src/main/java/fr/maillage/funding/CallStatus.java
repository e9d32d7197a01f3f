package fr.maillage.funding;

/** Where a call for projects stands: prepared, open to applications, closed. */
public enum CallStatus {
    DRAFT, PUBLISHED, CLOSED
}
