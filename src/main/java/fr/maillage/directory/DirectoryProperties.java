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
 */
@ConfigurationProperties("maillage.directory")
public record DirectoryProperties(
        @DefaultValue("https://recherche-entreprises.api.gouv.fr") String companyApiUrl,
        @DefaultValue("3s") Duration companyConnectTimeout,
        @DefaultValue("5s") Duration companyReadTimeout) {
}
