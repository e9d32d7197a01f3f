package fr.maillage.agenda;

/**
 * The kinds of events a workspace runs; a qualification cycle has several sessions, the others
 * usually one.
 */
public enum EventKind {
    JOURNEE_REGIONALE, ATELIER, WEBINAIRE, VISITE, CYCLE_QUALIFICATION
}
