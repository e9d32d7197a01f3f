package fr.maillage.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Review comments of experience sheets.
 */
public interface SheetComments extends JpaRepository<SheetComment, Long> {

    List<SheetComment> findBySheetIdOrderByCreatedAtAsc(Long sheetId);
}
