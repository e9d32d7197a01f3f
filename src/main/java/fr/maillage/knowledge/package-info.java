/**
 * Capitalisation and sharing: experience sheets (fiches d'expériences) and their review, the
 * resource library, the news watch (veille) and the public portal's sheets.
 */
package fr.maillage.knowledge;
