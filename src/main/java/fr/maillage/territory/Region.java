package fr.maillage.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A région of the INSEE COG (overseas collectivities included, as the COG lists them).
 * Loaded from the reference file, never edited.
 */
@Entity
@Immutable
@Table(name = "territory_region")
public class Region {

    @Id
    private String code;

    private String name;

    protected Region() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
