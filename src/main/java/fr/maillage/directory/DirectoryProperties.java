package fr.maillage.directory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the directory module.
 *
 * @param companyApiUrl         base URL of the public company directory (API Recherche d'entreprises)
 * @param companyConnectTimeout how long to wait for a connection to it
 * @param companyReadTimeout    how long to wait for its answer before telling the user it is unavailable
 * @param exportChunkSize       how many records an export loads at a time; the heap an export needs
 *                              grows with it, not with the length of the list
 * @param contactRetentionYears after how many years without a change a contact is put on the review
 *                              list, so that personal data is not kept longer than needed
 */
@ConfigurationProperties("maillage.directory")
public record DirectoryProperties(
        @DefaultValue("https://recherche-entreprises.api.gouv.fr") String companyApiUrl,
        @DefaultValue("3s") Duration companyConnectTimeout,
        @DefaultValue("5s") Duration companyReadTimeout,
        @DefaultValue("500") int exportChunkSize,
        @DefaultValue("3") int contactRetentionYears) {
}
