package fr.maillage.participation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The volunteers of the pools.
 */
public interface Volunteers extends JpaRepository<Volunteer, Long> {

    Page<Volunteer> findByPoolIdOrderByReferenceAsc(Long poolId, Pageable pageable);

    List<Volunteer> findByPoolId(Long poolId);

    long countByPoolId(Long poolId);

    Optional<Volunteer> findByIdAndWorkspaceId(Long id, Long workspaceId);

    List<Volunteer> findByIdIn(Collection<Long> ids);

    List<Volunteer> findByWorkspaceIdAndEmailIgnoreCase(Long workspaceId, String email);

    /** The pool's candidates as the draw sees them: reference and criteria, without names. */
    @Query("select new fr.maillage.participation.PoolLine(v.id, v.reference, v.gender, v.ageBand, v.qpvCode) "
            + "from Volunteer v where v.poolId = :poolId")
    List<PoolLine> linesOf(Long poolId);

    @Modifying
    @Query("update Volunteer v set v.firstName = '—', v.lastName = v.reference, v.email = null, v.phone = null, "
            + "v.address = null, v.erased = true where v.poolId = :poolId")
    int eraseAllOf(Long poolId);
}
