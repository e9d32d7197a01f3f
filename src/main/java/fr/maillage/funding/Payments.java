package fr.maillage.funding;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Payments of funding lines. */
public interface Payments extends JpaRepository<Payment, Long> {

    List<Payment> findByLineIdInOrderByPaidOn(Collection<Long> lineIds);
}
