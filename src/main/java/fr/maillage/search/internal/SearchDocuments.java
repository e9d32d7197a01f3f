package fr.maillage.search.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The search documents, one per (type, id) of the publishing module.
 */
public interface SearchDocuments extends JpaRepository<SearchDocument, Long> {

    Optional<SearchDocument> findByTypeAndRefId(String type, Long refId);

    long countByType(String type);

    @Query("select d.refId from SearchDocument d where d.type = ?1 and d.refId in ?2")
    List<Long> refIdsAmong(String type, Collection<Long> refIds);
}
