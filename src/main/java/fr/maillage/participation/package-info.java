/**
 * Residents' participation: citizen councils and other participation bodies, their volunteer pools,
 * reproducible draws by lot with quotas, members over time and what the public portal shows of them.
 */
package fr.maillage.participation;
