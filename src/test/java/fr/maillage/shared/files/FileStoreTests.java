package fr.maillage.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.maillage.shared.MaillageProperties;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The file store with the data folders a new user really gets: the default {@code ./data} is relative and
 * starts with a {@code .} segment; operators also write paths such as {@code ../x/./data}.
 */
class FileStoreTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @ValueSource(strings = {"./target/filestore-tests/%s/data", "target/../target/./filestore-tests/%s/./data",
            "../%2$s/target/filestore-tests/%s/data", "%3$s/target/filestore-tests/%s/../%s/data"})
    void a_file_is_kept_read_back_and_deleted_whatever_the_form_of_the_data_folder(String pattern) throws Exception {
        String id = UUID.randomUUID().toString();
        Path project = Path.of("").toAbsolutePath();
        String dataDir = pattern.formatted(id, project.getFileName(), project);
        FileStore store = new FileStore(new MaillageProperties("http://localhost:8080", dataDir, "x@example.org", false));

        StoredFile stored = store.store("C:\\Users\\chef\\Bilan 2026.pdf", new ByteArrayInputStream(PDF),
                1024 * 1024, Set.of(FileTypes.PDF));

        assertThat(stored.fileName()).isEqualTo("Bilan 2026.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        Path kept = store.path(stored.key());
        assertThat(kept).isAbsolute().isEqualTo(kept.normalize());
        assertThat(kept.toString()).doesNotContain("/./", "/../");
        assertThat(kept.startsWith(project.resolve("target/filestore-tests"))).isTrue();
        try (InputStream in = store.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
        store.delete(stored.key());
        assertThat(Files.exists(kept)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../../etc/passwd", "2026/12/../../../../etc/passwd", "/etc/passwd",
            "2026/12/3f9df362-dc2f-47e7-a788-c625f657575/../x"})
    void a_key_that_is_not_one_of_the_store_is_refused(String key) {
        FileStore store = new FileStore(new MaillageProperties("http://localhost:8080", "./target/filestore-tests/keys",
                "x@example.org", false));

        assertThatThrownBy(() -> store.open(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete(key)).isInstanceOf(IllegalArgumentException.class);
    }
}
