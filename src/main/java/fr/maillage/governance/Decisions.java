package fr.maillage.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Decisions; every query names the workspace, body or meeting. */
public interface Decisions extends JpaRepository<DecisionRecord, Long> {

    @EntityGraph(attributePaths = "links")
    Optional<DecisionRecord> findByIdAndWorkspaceId(Long id, Long workspaceId);

    @EntityGraph(attributePaths = "links")
    List<DecisionRecord> findByMeetingIdOrderBySequenceNumberAsc(Long meetingId);

    @Query("select coalesce(max(d.sequenceNumber), 0) from DecisionRecord d where d.bodyId = :bodyId and d.year = :year")
    int lastNumber(Long bodyId, int year);

    /** The register: filters are optional (null). */
    @Query("select d from DecisionRecord d where d.workspaceId = :workspaceId "
            + "and (:bodyId is null or d.bodyId = :bodyId) and (:year is null or d.year = :year) "
            + "and (:status is null or d.status = :status) order by d.decidedOn desc, d.number desc")
    Page<DecisionRecord> register(Long workspaceId, Long bodyId, Integer year, DecisionStatus status, Pageable pageable);

    @Query("select distinct d.year from DecisionRecord d where d.workspaceId = :workspaceId order by d.year desc")
    List<Integer> yearsOf(Long workspaceId);
}
