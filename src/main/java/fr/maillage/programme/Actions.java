package fr.maillage.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * The fiches actions of the workspaces.
 */
interface Actions extends JpaRepository<Action, Long>, JpaSpecificationExecutor<Action> {

    Optional<Action> findByIdAndWorkspaceId(Long id, Long workspaceId);

    @Query("select distinct a.year from Action a where a.workspaceId = :workspaceId order by a.year desc")
    List<Integer> yearsOf(Long workspaceId);

    @Query("select count(a) > 0 from Action a join a.objectiveIds o where o = :objectiveId")
    boolean servesObjective(Long objectiveId);

    @Query("select a from Action a where a.workspaceId = :workspaceId and lower(a.title) like :pattern "
            + "order by a.year desc, a.title")
    List<Action> findByTitle(Long workspaceId, String pattern, Pageable pageable);

    @Query("select distinct a from Action a left join a.partners p where a.carrierId = :organisationId "
            + "or p.organisationId = :organisationId")
    List<Action> involving(Long organisationId);

    Optional<Action> findFirstByPreviousActionId(Long previousActionId);
}
