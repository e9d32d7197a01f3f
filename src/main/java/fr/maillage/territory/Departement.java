package fr.maillage.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A département of the INSEE COG. Loaded from the reference file, never edited.
 */
@Entity
@Immutable
@Table(name = "territory_departement")
public class Departement {

    @Id
    private String code;

    private String name;

    private String regionCode;

    protected Departement() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    /** "Doubs (25)", as shown next to a commune. */
    public String label() {
        return name + " (" + code + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
