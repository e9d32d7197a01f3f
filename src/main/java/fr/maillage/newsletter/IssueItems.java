package fr.maillage.newsletter;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The blocks of the issues. */
public interface IssueItems extends JpaRepository<IssueItem, Long> {

    List<IssueItem> findByIssueIdOrderBySortOrderAscIdAsc(Long issueId);
}
