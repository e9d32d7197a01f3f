package fr.maillage.funding;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Decisions granting funding lines. */
public interface FundingDecisions extends JpaRepository<Decision, Long> {

    List<Decision> findByLineIdInOrderBySignedOn(Collection<Long> lineIds);
}
