package fr.maillage.shared.files;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.MaillageProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Uploaded files, on disk under {@code <maillage.data-dir>/files/<year>/<month>/<uuid>} (on
 * several nodes, a shared volume). The database keeps only the key. A file is checked while it
 * is received: its size against the limit, its type from its content.
 */
@Service
public class FileStore {

    private final Path root;

    FileStore(MaillageProperties properties) {
        this.root = properties.dataPath().resolve("files");
    }

    /**
     * Keeps a file.
     *
     * @param maxBytes the largest size accepted
     * @param allowedTypes MIME types accepted (see {@link FileTypes}); empty accepts any known type
     * @throws BusinessRuleException {@code shared.file.tooLarge} (argument: the limit in Mo),
     *         {@code shared.file.typeRefused}, {@code shared.file.empty}
     */
    public StoredFile store(String fileName, InputStream content, long maxBytes, Set<String> allowedTypes) {
        String name = cleanName(fileName);
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path temporary = Files.createTempFile(root.resolve("tmp"), "upload", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long size;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha)) {
                    size = copyAtMost(content, out, maxBytes);
                }
                if (size < 0) {
                    throw new BusinessRuleException("shared.file.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
                }
                if (size == 0) {
                    throw new BusinessRuleException("shared.file.empty");
                }
                String type = FileTypes.detect(temporary);
                if (type == null || (!allowedTypes.isEmpty() && !allowedTypes.contains(type))) {
                    throw new BusinessRuleException("shared.file.typeRefused", name);
                }
                YearMonth month = YearMonth.now();
                String key = "%d/%02d/%s".formatted(month.getYear(), month.getMonthValue(), UUID.randomUUID());
                Path target = resolve(key);
                Files.createDirectories(target.getParent());
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                return new StoredFile(key, name, type, size, HexFormat.of().formatHex(sha.digest()));
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content of a kept file. The caller closes the stream. */
    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a kept file is, for libraries that want a path (text extraction). */
    public Path path(String key) {
        return resolve(key);
    }

    /** Forgets a file; nothing happens if it is already gone. */
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root) || !key.matches("\\d{4}/\\d{2}/[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not a file key: " + key);
        }
        return path;
    }

    /** Copies at most {@code max} bytes; returns the size, or -1 when the content is longer. */
    private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > max) {
                return -1;
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "fichier";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
