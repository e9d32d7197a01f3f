package fr.maillage.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Platform-wide settings.
 *
 * @param baseUrl  public address of the application, used to build links in e-mails
 * @param dataDir  folder of the embedded database and of the search index
 * @param mailFrom sender address of every e-mail
 * @param demo     whether the demonstration dataset is loaded at start
 */
@ConfigurationProperties("maillage")
public record MaillageProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("./data") String dataDir,
        @DefaultValue("Maillage <ne-pas-repondre@maillage.local>") String mailFrom,
        @DefaultValue("false") boolean demo) {

    /**
     * The data folder as an absolute, normalised path: {@code ./data} and {@code ../x/./data} keep no
     * {@code .} or {@code ..} segment, so that containment checks ({@link Path#startsWith}) built on it hold.
     */
    public Path dataPath() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /** An absolute link to a path of the application. */
    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
