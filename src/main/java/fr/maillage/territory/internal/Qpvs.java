package fr.maillage.territory.internal;

import fr.maillage.territory.Qpv;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The quartiers prioritaires.
 */
public interface Qpvs extends Repository<Qpv, String> {

    Optional<Qpv> findById(String code);

    List<Qpv> findByCodeIn(Collection<String> codes);

    Qpv save(Qpv qpv);

    long count();

    long countBySampleTrue();

    Page<Qpv> findAllByOrderByCode(Pageable pageable);

    Page<Qpv> findByDepartementCodeOrderByCode(String departementCode, Pageable pageable);

    /** The QPV that lie, at least partly, in a commune. */
    @Query("select q from Qpv q join q.communeCodes c where c = :commune order by q.code")
    List<Qpv> findByCommune(String commune);

    /** The départements that have at least one QPV. */
    @Query("select distinct q.departementCode from Qpv q order by q.departementCode")
    List<String> departementCodes();

    /** QPV whose code is the query or whose folded name contains it, by code. */
    @Query("select q from Qpv q where q.code = :code or q.searchName like concat('%', :folded, '%') "
            + "order by case when q.code = :code or q.searchName = :folded then 0 else 1 end, q.code")
    List<Qpv> search(String code, String folded, Pageable pageable);
}
