package fr.maillage.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.territory.internal.Communes;
import fr.maillage.territory.internal.Folding;
import fr.maillage.testing.FullTerritory;
import fr.maillage.testing.MaillageTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@MaillageTest
@FullTerritory
@Tag("database")
class TerritoryReferenceTests {

    @Autowired
    TerritoryCatalog catalog;

    @Autowired
    TerritoryDirectory directory;

    @Autowired
    TerritoryLoader loader;

    @Autowired
    Communes communes;

    @BeforeEach
    void indexReady() {
        loader.awaitIndexed();
    }

    @Test
    void the_whole_cog_is_loaded_at_first_start() {
        TerritoryCatalog.Counts counts = catalog.counts();
        assertThat(counts.communes()).isEqualTo(34_969);
        assertThat(counts.epcis()).isEqualTo(1_255);
        assertThat(counts.departements()).isEqualTo(109);
        assertThat(counts.regions()).isEqualTo(26);
    }

    @Test
    void montbeliard_belongs_to_pays_de_montbeliard_agglomeration() {
        Commune montbeliard = catalog.commune("25388");
        assertThat(montbeliard.getName()).isEqualTo("Montbéliard");
        assertThat(montbeliard.getDepartementCode()).isEqualTo("25");
        assertThat(montbeliard.getPostalCodes()).containsExactly("25200");
        Epci epci = catalog.epci(montbeliard.getEpciCode());
        assertThat(epci.getName()).isEqualTo("CA Pays de Montbéliard Agglomération");
        assertThat(epci.getMemberCount()).isEqualTo(73);
        assertThat(catalog.departement("25").getName()).isEqualTo("Doubs");
        assertThat(catalog.region(montbeliard.getRegionCode()).getName()).isEqualTo("Bourgogne-Franche-Comté");
    }

    @Test
    void a_name_typed_without_accents_finds_the_commune() {
        assertThat(names(directory.search(TerritoryKind.COMMUNE, "besancon", 5))).first().isEqualTo("Besançon");
        assertThat(names(directory.search(TerritoryKind.COMMUNE, "montbeliard", 5))).first().isEqualTo("Montbéliard");
        assertThat(names(directory.search(TerritoryKind.COMMUNE, "MONTBÉLIARD", 5))).first().isEqualTo("Montbéliard");
    }

    @Test
    void the_beginning_of_a_name_finds_the_most_populated_communes_first() {
        List<TerritoryRef> found = directory.search(TerritoryKind.COMMUNE, "montb", 10);
        assertThat(names(found)).first().isEqualTo("Montbéliard");
        assertThat(names(found)).contains("Montbard");
        assertThat(names(directory.search(TerritoryKind.COMMUNE, "saint etien", 3))).first().isEqualTo("Saint-Étienne");
    }

    @Test
    void an_exact_name_comes_before_longer_names() {
        assertThat(names(directory.search(TerritoryKind.COMMUNE, "dijon", 3))).first().isEqualTo("Dijon");
        assertThat(directory.search(TerritoryKind.COMMUNE, "marly", 5)).extracting(TerritoryRef::code)
                .startsWith("59383", "57447");
    }

    @Test
    void an_insee_or_postal_code_finds_the_commune() {
        assertThat(directory.search(TerritoryKind.COMMUNE, "25388", 5)).first()
                .satisfies(r -> assertThat(r.name()).isEqualTo("Montbéliard"))
                .satisfies(r -> assertThat(r.detail()).isEqualTo("Doubs (25)"));
        assertThat(directory.search(TerritoryKind.COMMUNE, "2a004", 5)).first()
                .satisfies(r -> assertThat(r.name()).isEqualTo("Ajaccio"));
        assertThat(names(directory.search(TerritoryKind.COMMUNE, "25200", 5))).contains("Montbéliard");
    }

    @Test
    void other_modules_check_codes_of_every_kind() {
        assertThat(directory.find(TerritoryKind.COMMUNE, " 25388 ")).map(TerritoryRef::name).contains("Montbéliard");
        assertThat(directory.find(TerritoryKind.COMMUNE, "99999")).isEmpty();
        assertThat(directory.find(TerritoryKind.EPCI, "200065647")).map(TerritoryRef::detail).contains("73 communes");
        assertThat(directory.findAll(TerritoryKind.COMMUNE, List.of("25388", "59606", "00000")))
                .containsOnlyKeys("25388", "59606");
        assertThat(directory.find(TerritoryKind.QPV, "QN02510M")).map(TerritoryRef::detail).contains("Besançon");
    }

    @Test
    void epci_and_qpv_are_searched_by_name_without_accents() {
        assertThat(directory.search(TerritoryKind.EPCI, "pays de montbeliard", 5)).extracting(TerritoryRef::code)
                .containsExactly("200065647");
        assertThat(directory.search(TerritoryKind.QPV, "gresilles", 5)).extracting(TerritoryRef::code)
                .containsExactly("QN02101M");
        assertThat(directory.search(TerritoryKind.QPV, "qn02101m", 5)).extracting(TerritoryRef::code)
                .containsExactly("QN02101M");
    }

    @Test
    void while_the_index_is_being_built_sql_finds_communes_too() {
        assertThat(communes.search("25388", "25388", PageRequest.of(0, 3))).extracting(Commune::getName)
                .containsExactly("Montbéliard");
        assertThat(communes.search("BESANCON", Folding.fold("besançon"), PageRequest.of(0, 3))).extracting(Commune::getName)
                .first().isEqualTo("Besançon");
    }

    private static List<String> names(List<TerritoryRef> refs) {
        return refs.stream().map(TerritoryRef::name).toList();
    }
}
