/**
 * Funding: calls for projects, subsidy applications with their budget and co-funding lines, their
 * instruction lifecycle, decisions, payments, reports, funders' envelopes and their split.
 */
package fr.maillage.funding;
