package fr.maillage.search.internal;

import fr.maillage.shared.search.SearchableContent;
import fr.maillage.shared.search.SearchableRemoved;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the search documents in step with what the modules publish. It listens synchronously, in
 * the publisher's transaction, so that a record and its document are saved (or rolled back)
 * together; Hibernate Search writes the index when that transaction commits.
 */
@Component
class SearchIndexer {

    private final SearchDocuments documents;
    private final EntityManager entityManager;

    SearchIndexer(SearchDocuments documents, EntityManager entityManager) {
        this.documents = documents;
        this.entityManager = entityManager;
    }

    @EventListener
    @Transactional
    public void on(SearchableContent content) {
        if (content.type() == null || content.id() == null) {
            throw new IllegalArgumentException("a searchable content needs a type and an id");
        }
        SearchDocument document = documents.findByTypeAndRefId(content.type(), content.id())
                .map(d -> {
                    d.describe(content);
                    return d;
                }).orElseGet(() -> documents.save(new SearchDocument(content)));
        // Indexed even when nothing changed: a content sent again (after an import whose transaction
        // left indexing aside) must reach the index.
        Search.session(entityManager).indexingPlan().addOrUpdate(document);
    }

    @EventListener
    @Transactional
    public void on(SearchableRemoved removed) {
        documents.findByTypeAndRefId(removed.type(), removed.id()).ifPresent(documents::delete);
    }
}
