package fr.maillage.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * An EPCI à fiscalité propre (communauté de communes, d'agglomération, urbaine, métropole),
 * identified by its SIREN. Loaded from the reference file, never edited.
 */
@Entity
@Immutable
@Table(name = "territory_epci")
public class Epci {

    @Id
    private String code;

    private String name;

    private String searchName;

    /** CC, CA, CU, METRO or MET69 (Métropole de Lyon), as the DGCL writes it. */
    private String nature;

    private Integer population;

    private int memberCount;

    protected Epci() {
    }

    /** The SIREN of the EPCI. */
    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNature() {
        return nature;
    }

    /** Municipal population of its member communes, or null when unknown. */
    public Integer getPopulation() {
        return population;
    }

    public int getMemberCount() {
        return memberCount;
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
