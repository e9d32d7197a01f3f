package fr.maillage.territory;

/**
 * The kinds of territory a workspace perimeter or a record can name.
 */
public enum TerritoryKind {
    COMMUNE, EPCI, QPV
}
