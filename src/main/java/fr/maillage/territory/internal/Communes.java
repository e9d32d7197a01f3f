package fr.maillage.territory.internal;

import fr.maillage.territory.Commune;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The communes.
 */
public interface Communes extends Repository<Commune, String> {

    Optional<Commune> findById(String code);

    List<Commune> findByCodeIn(Collection<String> codes);

    long count();

    long countByDepartementCode(String departementCode);

    Page<Commune> findByDepartementCodeOrderBySearchNameAscCodeAsc(String departementCode, Pageable pageable);

    Page<Commune> findByEpciCodeOrderBySearchNameAscCodeAsc(String epciCode, Pageable pageable);

    /** Number of communes per département, as (département code, count) pairs. */
    @Query("select c.departementCode, count(c) from Commune c group by c.departementCode")
    List<Object[]> countByDepartement();

    /**
     * A plain SQL search, used while the full-text index is being built: the INSEE code, or the
     * folded name containing the query; exact name first, then the most populated.
     */
    @Query("select c from Commune c where c.code = :code or c.searchName like concat('%', :folded, '%') "
            + "order by case when c.code = :code or c.searchName = :folded then 0 else 1 end, "
            + "c.population desc nulls last, c.searchName")
    List<Commune> search(String code, String folded, Pageable pageable);
}
