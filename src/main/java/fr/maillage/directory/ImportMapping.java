package fr.maillage.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns a workspace chose at its last import, by header, so that the next file exported from
 * the same tool is matched the same way. Stored as "field=header" lines.
 */
@Entity
@Table(name = "directory_import_mapping")
public class ImportMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;

    @Enumerated(EnumType.STRING)
    private ImportKind kind;

    private String mapping;

    @Version
    private long version;

    protected ImportMapping() {
    }

    ImportMapping(Long workspaceId, ImportKind kind) {
        this.workspaceId = workspaceId;
        this.kind = kind;
        this.mapping = "";
    }

    /** Remembers the headers of the chosen columns. */
    void remember(Map<String, Integer> columns, List<String> headers) {
        StringBuilder text = new StringBuilder();
        columns.forEach((field, column) -> {
            if (column != null && column >= 0 && column < headers.size()) {
                text.append(field).append('=').append(headers.get(column).replace('\n', ' ')).append('\n');
            }
        });
        this.mapping = text.length() > 4000 ? text.substring(0, 4000) : text.toString();
    }

    /** The remembered choices applied to a new file's headers; fields whose header is gone are left out. */
    Map<String, Integer> applyTo(List<String> headers) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        mapping.lines().forEach(line -> {
            int equals = line.indexOf('=');
            int column = headers.indexOf(line.substring(equals + 1));
            if (equals > 0 && column >= 0) {
                columns.put(line.substring(0, equals), column);
            }
        });
        return columns;
    }
}
