package fr.maillage.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The organisations of the platform.
 */
public interface Organisations extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findBySiret(String siret);

    Optional<Organisation> findByRna(String rna);

    List<Organisation> findByIdIn(Collection<Long> ids);
}
