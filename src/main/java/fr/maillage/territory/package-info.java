/**
 * The territorial reference: régions, départements, EPCI, communes from the INSEE COG, and QPV.
 */
package fr.maillage.territory;
