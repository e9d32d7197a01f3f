package fr.maillage.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The files a directory list can be exported to.
 */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** vCard 4.0 (RFC 6350), for contacts only. */
    VCARD("text/vcard;charset=UTF-8", "vcf");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named by its extension ("csv", "xlsx", "vcf"), case ignored. */
    public static Optional<ExportFormat> ofExtension(String extension) {
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(extension == null ? "" : extension.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
