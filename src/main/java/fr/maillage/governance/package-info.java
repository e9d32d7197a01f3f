/**
 * Governance: the bodies of a workspace (COPIL, COTECH, troïka…), their meetings, convening,
 * attendance, minutes, decisions and the follow-ups chased after them.
 */
package fr.maillage.governance;
