package fr.maillage.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Documents and images of experience sheets.
 */
public interface SheetFiles extends JpaRepository<SheetFile, Long> {

    List<SheetFile> findBySheetIdOrderByCreatedAtAsc(Long sheetId);
}
