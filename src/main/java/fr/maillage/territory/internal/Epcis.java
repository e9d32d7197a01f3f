package fr.maillage.territory.internal;

import fr.maillage.territory.Epci;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The EPCI.
 */
public interface Epcis extends Repository<Epci, String> {

    Optional<Epci> findById(String code);

    List<Epci> findByCodeIn(Collection<String> codes);

    long count();

    /** The EPCI that have at least one member commune in a département, by name. */
    @Query("select e from Epci e where e.code in "
            + "(select c.epciCode from Commune c where c.departementCode = :departement) order by e.searchName")
    List<Epci> findByDepartement(String departement);

    /**
     * EPCI whose SIREN is the query or whose folded name contains it: exact name first, then the most
     * populated.
     */
    @Query("select e from Epci e where e.code = :code or e.searchName like concat('%', :folded, '%') "
            + "order by case when e.searchName = :folded then 0 else 1 end, e.population desc nulls last, e.searchName")
    List<Epci> search(String code, String folded, Pageable pageable);
}
