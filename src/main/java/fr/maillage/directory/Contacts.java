package fr.maillage.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The workspaces' contacts; every query names the workspace.
 */
public interface Contacts extends JpaRepository<Contact, Long> {

    @EntityGraph(attributePaths = "affiliations")
    Optional<Contact> findByIdAndWorkspaceId(Long id, Long workspaceId);

    /** Contacts with their affiliations, for an export chunk. */
    @EntityGraph(attributePaths = "affiliations")
    List<Contact> findWithAffiliationsByWorkspaceIdAndIdIn(Long workspaceId, java.util.Collection<Long> ids);

    @EntityGraph(attributePaths = "affiliations")
    List<Contact> findByWorkspaceIdAndEmailIgnoreCase(Long workspaceId, String email);

    List<Contact> findByWorkspaceIdAndLastNameIgnoreCaseAndFirstNameIgnoreCase(Long workspaceId, String lastName,
            String firstName);

    /** The workspace's contacts nobody has written since the date, oldest first: the review list. */
    org.springframework.data.domain.Page<Contact> findByWorkspaceIdAndUpdatedAtBeforeOrderByUpdatedAtAsc(
            Long workspaceId, java.time.Instant before, org.springframework.data.domain.Pageable pageable);

    /** Contacts of every workspace tied to the organisation, for a merge. */
    @Query("select distinct c from Contact c join c.affiliations a where a.organisationId = :organisationId")
    List<Contact> findAllAttachedTo(Long organisationId);

    @Query("select distinct c from Contact c join c.affiliations a where c.workspaceId = :workspaceId "
            + "and a.organisationId = :organisationId order by c.lastName, c.firstName")
    List<Contact> findByWorkspaceAndOrganisation(Long workspaceId, Long organisationId);
}
