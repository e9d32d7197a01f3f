package fr.maillage.participation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Council members, present and past.
 */
public interface Members extends JpaRepository<Member, Long> {

    Optional<Member> findByIdAndWorkspaceId(Long id, Long workspaceId);

    List<Member> findByCouncilIdAndLeftOnIsNullOrderByCollegeAscLastNameAscFirstNameAsc(Long councilId);

    Page<Member> findByCouncilIdOrderByJoinedOnDescIdDesc(Long councilId, Pageable pageable);

    List<Member> findByWorkspaceIdAndEmailIgnoreCase(Long workspaceId, String email);

    boolean existsByReplacesMemberId(Long memberId);

    long countByCouncilIdAndLeftOnIsNullAndCollege(Long councilId, College college);
}
