package fr.maillage.territory.internal;

import fr.maillage.territory.Commune;
import fr.maillage.territory.TerritoryLoader;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds communes as people type them: "besancon" finds Besançon, "montb" finds Montbéliard,
 * "25388" finds it by INSEE code and "25200" by postal code. The exact name comes first (then
 * homonyms by population), then the other matches by population.
 */
@Component
public class CommuneSearch {

    private static final float CODE = 100;
    private static final float EXACT_NAME = 50;
    private static final float POSTAL_CODE = 20;

    private final EntityManager entityManager;
    private final Communes communes;
    private final TerritoryLoader loader;

    CommuneSearch(EntityManager entityManager, Communes communes, TerritoryLoader loader) {
        this.entityManager = entityManager;
        this.communes = communes;
        this.loader = loader;
    }

    @Transactional(readOnly = true)
    public List<Commune> search(String query, int limit) {
        String folded = Folding.fold(query);
        if (folded.isEmpty() || limit <= 0) {
            return List.of();
        }
        String code = query.strip().toUpperCase(Locale.ROOT);
        if (!loader.isIndexed()) {
            return communes.search(code, folded, PageRequest.of(0, limit));
        }
        return Search.session(entityManager).search(Commune.class)
                .where(f -> f.bool()
                        .should(f.match().field(Commune.CODE).matching(code).constantScore().boost(CODE))
                        .should(f.match().field(Commune.NAME_EXACT).matching(folded).constantScore().boost(EXACT_NAME))
                        .should(f.match().field(Commune.POSTAL_CODES).matching(folded).constantScore()
                                .boost(POSTAL_CODE))
                        .should(f.match().field(Commune.NAME_PREFIX).matching(folded).minimumShouldMatchPercent(100)
                                .constantScore())
                        .should(f.match().field(Commune.NAME).matching(folded).minimumShouldMatchPercent(100)
                                .constantScore()))
                .sort(f -> f.score().then().field(Commune.POPULATION).desc().missing().last()
                        .then().field(Commune.NAME_EXACT))
                .fetchHits(limit);
    }
}
