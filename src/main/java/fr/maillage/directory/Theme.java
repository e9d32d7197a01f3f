package fr.maillage.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A theme of the platform-wide taxonomy (éducation, emploi…), kept by administrators. The code
 * never changes once created; the label may be reworded.
 */
@Entity
@Table(name = "directory_theme")
@fr.maillage.shared.Audited("theme")
public class Theme {

    @Id
    private String code;

    private String label;

    private int sortOrder;

    @Version
    private long version;

    protected Theme() {
    }

    Theme(String code, String label, int sortOrder) {
        this.code = code;
        this.sortOrder = sortOrder;
        rename(label);
    }

    void rename(String newLabel) {
        this.label = newLabel.strip();
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return label;
    }
}
