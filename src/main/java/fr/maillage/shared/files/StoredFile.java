package fr.maillage.shared.files;

/**
 * A file kept by the {@link FileStore}.
 *
 * @param key where the store keeps it; what a module saves in its table
 * @param fileName the name the user gave it (for downloads)
 * @param contentType the MIME type found from its content, never from its name
 * @param size in bytes
 * @param sha256 checksum of the content, in hexadecimal
 */
public record StoredFile(String key, String fileName, String contentType, long size, String sha256) {
}
