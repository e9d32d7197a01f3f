package fr.maillage.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The workspaces' notes about organisations.
 */
public interface OrganisationNotes extends JpaRepository<OrganisationNote, Long> {

    @EntityGraph(attributePaths = "tags")
    Optional<OrganisationNote> findByWorkspaceIdAndOrganisationId(Long workspaceId, Long organisationId);

    @EntityGraph(attributePaths = "tags")
    List<OrganisationNote> findByOrganisationId(Long organisationId);

    @Query("select n.organisationId from OrganisationNote n join n.tags t where n.workspaceId = :workspaceId and t = :tag")
    List<Long> organisationIdsTagged(Long workspaceId, String tag);

    @Query("select distinct t from OrganisationNote n join n.tags t where n.workspaceId = :workspaceId order by t")
    List<String> tagsOf(Long workspaceId);
}
