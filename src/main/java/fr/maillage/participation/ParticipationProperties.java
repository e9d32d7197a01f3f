package fr.maillage.participation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the participation module.
 *
 * @param poolRetentionMonths how long after its creation a volunteer pool keeps the residents' names
 *                            and contact details by default (the user may set another date per pool);
 *                            then a daily job erases them and keeps only the anonymised list
 * @param importMaxBytes      the largest pool file accepted
 */
@ConfigurationProperties("maillage.participation")
public record ParticipationProperties(
        @DefaultValue("24") int poolRetentionMonths,
        @DefaultValue("5242880") long importMaxBytes) {
}
