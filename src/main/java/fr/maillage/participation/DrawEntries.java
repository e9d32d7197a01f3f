package fr.maillage.participation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The drawn and the substitutes of the draws.
 */
public interface DrawEntries extends JpaRepository<DrawEntry, Long> {

    List<DrawEntry> findByDrawIdOrderByCellPositionAscRankAsc(Long drawId);

    List<DrawEntry> findByDrawIdAndCellPositionAndSubstituteTrueAndCalledAtIsNullOrderByRankAsc(Long drawId,
            int cellPosition);
}
