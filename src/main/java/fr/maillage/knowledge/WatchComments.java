package fr.maillage.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Team comments on watch items.
 */
public interface WatchComments extends JpaRepository<WatchComment, Long> {

    List<WatchComment> findByItemIdOrderByCreatedAtAsc(Long itemId);
}
