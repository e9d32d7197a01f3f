package fr.maillage.newsletter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The issues of the newsletters. */
public interface Issues extends JpaRepository<Issue, Long> {

    Page<Issue> findByNewsletterIdOrderByIdDesc(Long newsletterId, Pageable pageable);

    Optional<Issue> findByIdAndWorkspaceId(Long id, Long workspaceId);

    List<Issue> findByStatus(IssueStatus status);

    /** The issue, its row locked until the transaction ends: one batch of an issue at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Issue i where i.id = ?1")
    Optional<Issue> findLockedById(Long id);

    Optional<Issue> findFirstByNewsletterIdAndStatusOrderBySentAtDesc(Long newsletterId, IssueStatus status);
}
