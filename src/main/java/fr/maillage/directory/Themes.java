package fr.maillage.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The theme taxonomy.
 */
public interface Themes extends JpaRepository<Theme, String> {

    List<Theme> findAllByOrderBySortOrderAscLabelAsc();
}
