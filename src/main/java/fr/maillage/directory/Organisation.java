package fr.maillage.directory;

import fr.maillage.shared.Audited;
import fr.maillage.shared.internal.FrenchAnalysisConfigurer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * An organisation known to the whole platform (association, commune, collège, CCAS…): its public
 * identity only. What a workspace thinks of it lives in {@link OrganisationNote}. Indexed so that
 * it is found by name or acronym, with French stemming, and filtered by kind, theme and territory.
 */
@Entity
@Table(name = "directory_organisation")
@Audited("organisation")
@Indexed(index = "directory-organisation")
public class Organisation {

    /** Index fields, for queries. */
    public static final String NAME = "name";
    public static final String NAME_FOLDED = "nameFolded";
    public static final String NAME_PREFIX = "namePrefix";
    public static final String NAME_SORT = "nameSort";
    public static final String ACRONYM = "acronym";
    public static final String KIND = "kind";
    public static final String THEMES = "themes";
    public static final String COMMUNE = "commune";
    public static final String EPCI = "epci";
    public static final String QPV = "qpv";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @FullTextField(name = NAME, analyzer = FrenchAnalysisConfigurer.FRENCH)
    @FullTextField(name = NAME_FOLDED, analyzer = FrenchAnalysisConfigurer.FOLDED)
    @FullTextField(name = NAME_PREFIX, analyzer = FrenchAnalysisConfigurer.FOLDED_EDGE,
            searchAnalyzer = FrenchAnalysisConfigurer.FOLDED)
    @KeywordField(name = NAME_SORT, normalizer = FrenchAnalysisConfigurer.SORT, sortable = Sortable.YES)
    private String name;

    @FullTextField(name = ACRONYM, analyzer = FrenchAnalysisConfigurer.FOLDED)
    private String acronym;

    @Enumerated(EnumType.STRING)
    @KeywordField(name = KIND, aggregable = Aggregable.YES)
    private OrganisationKind kind;

    private String siret;
    private String rna;
    private String uai;
    private String street;
    private String postalCode;

    @KeywordField(name = COMMUNE, aggregable = Aggregable.YES)
    private String communeCode;

    /** The EPCI of the commune, resolved when saving so that organisations filter by EPCI. */
    @KeywordField(name = EPCI, aggregable = Aggregable.YES)
    private String epciCode;

    @ElementCollection
    @CollectionTable(name = "directory_organisation_qpv", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "qpv_code")
    @KeywordField(name = QPV, aggregable = Aggregable.YES)
    private Set<String> qpvCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "directory_organisation_theme", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "theme_code")
    @KeywordField(name = THEMES, aggregable = Aggregable.YES)
    private Set<String> themeCodes = new HashSet<>();

    private String website;
    private String phone;
    private String email;
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(OrganisationDetails details, String epciCode) {
        this.createdAt = Instant.now();
        describe(details, epciCode);
    }

    /** Replaces the public identity; the details have passed {@link OrganisationRules}. */
    void describe(OrganisationDetails d, String resolvedEpciCode) {
        this.name = d.name().strip();
        this.acronym = blankToNull(d.acronym());
        this.kind = d.kind();
        this.siret = OrganisationRules.normalizeSiret(d.siret());
        this.rna = OrganisationRules.normalizeRna(d.rna());
        this.uai = d.kind() == OrganisationKind.ETABLISSEMENT_SCOLAIRE ? OrganisationRules.normalizeUai(d.uai()) : null;
        this.street = blankToNull(d.street());
        this.postalCode = blankToNull(d.postalCode());
        this.communeCode = OrganisationRules.normalizeCode(d.communeCode());
        this.epciCode = resolvedEpciCode;
        this.qpvCodes.clear();
        d.qpvCodes().stream().map(OrganisationRules::normalizeCode).filter(c -> c != null).forEach(qpvCodes::add);
        this.themeCodes.clear();
        this.themeCodes.addAll(d.themeCodes());
        this.website = blankToNull(d.website());
        this.phone = blankToNull(d.phone());
        this.email = blankToNull(d.email());
    }

    /**
     * Takes from a duplicate what this record lacks (identifiers, address, contact details) and its
     * QPV and themes; what this record has is kept. The duplicate must be deleted and flushed first,
     * its SIRET and RNA being unique.
     */
    void completeWith(Organisation duplicate) {
        acronym = acronym != null ? acronym : duplicate.acronym;
        siret = siret != null ? siret : duplicate.siret;
        rna = rna != null ? rna : duplicate.rna;
        uai = uai != null ? uai : duplicate.uai;
        if (street == null && postalCode == null && communeCode == null) {
            street = duplicate.street;
            postalCode = duplicate.postalCode;
            communeCode = duplicate.communeCode;
            epciCode = duplicate.epciCode;
        }
        website = website != null ? website : duplicate.website;
        phone = phone != null ? phone : duplicate.phone;
        email = email != null ? email : duplicate.email;
        qpvCodes.addAll(duplicate.qpvCodes);
        themeCodes.addAll(duplicate.themeCodes);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAcronym() {
        return acronym;
    }

    /** "Caisse d'allocations familiales (CAF)" or the name alone. */
    public String label() {
        return acronym == null ? name : name + " (" + acronym + ")";
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getSiret() {
        return siret;
    }

    public String getRna() {
        return rna;
    }

    public String getUai() {
        return uai;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public String getEpciCode() {
        return epciCode;
    }

    public List<String> getQpvCodes() {
        return qpvCodes.stream().sorted().toList();
    }

    public List<String> getThemeCodes() {
        return themeCodes.stream().sorted().toList();
    }

    public String getWebsite() {
        return website;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    /** The details as they stand, to fill an edit form. */
    public OrganisationDetails details() {
        return new OrganisationDetails(name, acronym, kind, siret, rna, uai, street, postalCode, communeCode,
                Set.copyOf(qpvCodes), Set.copyOf(themeCodes), website, phone, email);
    }

    @Override
    public String toString() {
        return label();
    }
}
