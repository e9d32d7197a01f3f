package fr.maillage.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The organisations of the platform.
 */
public interface Organisations extends JpaRepository<Organisation, Long> {

    /** One organisation with its QPV and themes, for a page or an API answer. */
    @EntityGraph(attributePaths = {"qpvCodes", "themeCodes"})
    Optional<Organisation> findWithCollectionsById(Long id);

    Optional<Organisation> findBySiret(String siret);

    List<Organisation> findByCommuneCodeIn(Collection<String> communeCodes);

    List<Organisation> findByNameIgnoreCase(String name);

    Optional<Organisation> findByRna(String rna);

    List<Organisation> findByIdIn(Collection<Long> ids);

    /** Names of the organisations of some communes, for import: id, name, acronym, commune. */
    @org.springframework.data.jpa.repository.Query(
            "select o.id, o.name, o.acronym, o.communeCode from Organisation o where o.communeCode in :communeCodes")
    List<Object[]> namesInCommunes(Collection<String> communeCodes);

    /** What duplicate detection compares, without loading entities: id, name, SIRET, commune. */
    @org.springframework.data.jpa.repository.Query(
            "select o.id, o.name, o.siret, o.communeCode from Organisation o order by o.id")
    List<Object[]> duplicateKeys();

    /** Organisations with their QPV and themes, for an export chunk. */
    @EntityGraph(attributePaths = {"qpvCodes", "themeCodes"})
    List<Organisation> findWithCollectionsByIdIn(Collection<Long> ids);
}
