package fr.maillage.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Measurements, official or waiting in a campaign answer.
 */
public interface Measurements extends JpaRepository<Measurement, Long> {

    Optional<Measurement> findByIdAndWorkspaceId(Long id, Long workspaceId);

    @Query("""
            select m from Measurement m where m.indicatorId = :indicatorId and m.period = :period
            and m.dimension = :dimension and m.category = :category and m.official = true""")
    Optional<Measurement> findOfficial(Long indicatorId, String period, String dimension, String category);

    @Query("""
            select m from Measurement m where m.indicatorId = :indicatorId and m.official = true
            order by m.period desc, m.dimension, m.category""")
    Page<Measurement> officialOf(Long indicatorId, Pageable pageable);

    /** Official values of these indicators, for dashboards (bounded by the indicators' count and periods). */
    @Query("""
            select m from Measurement m where m.workspaceId = :workspaceId and m.indicatorId in :indicatorIds
            and m.official = true""")
    List<Measurement> officialOf(Long workspaceId, Collection<Long> indicatorIds);

    List<Measurement> findByRequestId(Long requestId);

    @Modifying
    @Query("delete from Measurement m where m.requestId = :requestId")
    void deleteByRequest(Long requestId);

    long countByIndicatorId(Long indicatorId);

    @Modifying
    @Query("delete from Measurement m where m.indicatorId = :indicatorId")
    void deleteByIndicator(Long indicatorId);
}
