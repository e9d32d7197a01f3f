package fr.maillage.territory.internal;

import fr.maillage.territory.Region;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/**
 * The régions.
 */
public interface Regions extends Repository<Region, String> {

    Optional<Region> findById(String code);

    List<Region> findAll();

    long count();
}
