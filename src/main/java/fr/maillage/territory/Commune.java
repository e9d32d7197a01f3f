package fr.maillage.territory;

import fr.maillage.shared.internal.FrenchAnalysisConfigurer;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A current commune of the INSEE COG, with its département, région and EPCI. Indexed so that it
 * is found by name as typed (with or without accents, by prefix) or by INSEE or postal code.
 * Loaded from the reference file, never edited.
 */
@Entity
@Immutable
@Table(name = "territory_commune")
@Indexed(index = "territory-commune")
public class Commune {

    /** Index fields, for queries. */
    public static final String NAME = "name";
    public static final String NAME_PREFIX = "namePrefix";
    public static final String NAME_EXACT = "searchName";
    public static final String CODE = "code";
    public static final String POSTAL_CODES = "postalCodes";
    public static final String POPULATION = "population";

    @Id
    @KeywordField(name = CODE)
    private String code;

    @FullTextField(name = NAME, analyzer = FrenchAnalysisConfigurer.FOLDED)
    @FullTextField(name = NAME_PREFIX, analyzer = FrenchAnalysisConfigurer.FOLDED_EDGE,
            searchAnalyzer = FrenchAnalysisConfigurer.FOLDED)
    private String name;

    /** The name folded to lower-case ASCII words ("saint etienne"), for exact matches and sorting. */
    @KeywordField(name = NAME_EXACT, normalizer = FrenchAnalysisConfigurer.SORT, sortable = Sortable.YES)
    private String searchName;

    @KeywordField
    private String departementCode;

    @KeywordField
    private String regionCode;

    @KeywordField
    private String epciCode;

    @GenericField(name = POPULATION, sortable = Sortable.YES)
    private Integer population;

    /** Postal codes separated by spaces. */
    @FullTextField(name = POSTAL_CODES, analyzer = FrenchAnalysisConfigurer.FOLDED)
    private String postalCodes;

    protected Commune() {
    }

    /** The INSEE code (five characters, "2A004" in Corsica). */
    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDepartementCode() {
        return departementCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    /** The SIREN of its EPCI, or null for the few island communes that belong to none. */
    public String getEpciCode() {
        return epciCode;
    }

    /** Municipal population, or null when INSEE publishes none. */
    public Integer getPopulation() {
        return population;
    }

    public List<String> getPostalCodes() {
        return postalCodes == null || postalCodes.isBlank() ? List.of() : Arrays.asList(postalCodes.split(" "));
    }

    /** "Montbéliard (25388)". */
    public String label() {
        return name + " (" + code + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
