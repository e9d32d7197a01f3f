package fr.maillage.territory.internal;

import fr.maillage.territory.Departement;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The départements.
 */
public interface Departements extends Repository<Departement, String> {

    Optional<Departement> findById(String code);

    List<Departement> findAll();

    List<Departement> findByCodeIn(Collection<String> codes);

    List<Departement> findByRegionCodeOrderByCode(String regionCode);

    long count();

    /** Number of départements per région, as (region code, count) pairs. */
    @Query("select d.regionCode, count(d) from Departement d group by d.regionCode")
    List<Object[]> countByRegion();
}
