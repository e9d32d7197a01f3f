package fr.maillage.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Applications' timelines. */
public interface Transitions extends JpaRepository<Transition, Long> {

    List<Transition> findByApplicationIdOrderByOccurredAtDescIdDesc(Long applicationId);
}
