package fr.maillage.funding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The workspaces' applications; every query names the workspace. */
public interface Applications extends JpaRepository<Application, Long> {

    @EntityGraph(attributePaths = {"qpvCodes", "budget", "scores"})
    Optional<Application> findByIdAndWorkspaceId(Long id, Long workspaceId);

    @Query("select coalesce(max(a.seqNumber), 0) from Application a where a.workspaceId = :workspaceId and a.year = :year")
    int lastNumber(Long workspaceId, int year);

    @Query("select a from Application a where a.workspaceId = :workspaceId and (:year is null or a.year = :year) "
            + "and (:callId is null or a.callId = :callId) "
            + "and (:text = '' or lower(a.title) like :text or lower(a.reference) like :text)")
    Page<Application> search(Long workspaceId, Integer year, Long callId, String text, Pageable pageable);

    List<Application> findByWorkspaceIdAndIdIn(Long workspaceId, Collection<Long> ids);

    @Query("select a from Application a where a.workspaceId = :workspaceId and a.year = :year order by a.axisLabel, a.reference")
    List<Application> programme(Long workspaceId, int year);

    Page<Application> findByWorkspaceIdAndCarrierIdOrderByYearDescReferenceDesc(Long workspaceId, Long carrierId,
            Pageable pageable);

    @Query("select distinct a.year from Application a where a.workspaceId = :workspaceId order by a.year desc")
    List<Integer> years(Long workspaceId);
}
