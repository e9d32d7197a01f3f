package fr.maillage.funding;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Splits of envelopes. */
public interface Allocations extends JpaRepository<Allocation, Long> {

    List<Allocation> findByEnvelopeIdOrderByKindAscTargetAsc(Long envelopeId);

    @Query("select coalesce(sum(a.amount), 0) from Allocation a where a.envelopeId = :envelopeId")
    BigDecimal allocated(Long envelopeId);
}
