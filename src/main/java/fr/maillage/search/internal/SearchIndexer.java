package fr.maillage.search.internal;

import fr.maillage.shared.search.SearchableContent;
import fr.maillage.shared.search.SearchableRemoved;
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

    SearchIndexer(SearchDocuments documents) {
        this.documents = documents;
    }

    @EventListener
    @Transactional
    public void on(SearchableContent content) {
        if (content.type() == null || content.id() == null) {
            throw new IllegalArgumentException("a searchable content needs a type and an id");
        }
        documents.findByTypeAndRefId(content.type(), content.id())
                .ifPresentOrElse(d -> d.describe(content), () -> documents.save(new SearchDocument(content)));
    }

    @EventListener
    @Transactional
    public void on(SearchableRemoved removed) {
        documents.findByTypeAndRefId(removed.type(), removed.id()).ifPresent(documents::delete);
    }
}
