package fr.maillage.newsletter;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Who each issue was handed to. */
public interface Deliveries extends JpaRepository<Delivery, Long> {

    Optional<Delivery> findByUnsubscribeHash(String unsubscribeHash);

    long countByIssueId(Long issueId);

    boolean existsByIssueIdAndSubscriberId(Long issueId, Long subscriberId);

    boolean existsByIssueIdAndMailId(Long issueId, Long mailId);
}
