/**
 * Evaluation: indicators with baselines and targets, measurements, data-entry campaigns to the
 * carriers, dashboards, the annual review and the regional view of shared indicators.
 */
package fr.maillage.evaluation;
