package fr.maillage.search.internal;

import fr.maillage.shared.search.SearchableContent;
import fr.maillage.shared.search.SearchableSource;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the search up to date when the application starts, before it takes requests: rebuilds the
 * Lucene index from the search table when the index lost documents (a deleted index folder), then
 * indexes the records a module holds but never published (records older than the module's events).
 * Both work in bounded batches, each in its own transaction; when nothing is missing this costs a
 * few counts.
 */
@Component
class SearchBackfill implements SmartInitializingSingleton {

    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(SearchBackfill.class);

    private final List<SearchableSource> sources;
    private final SearchDocuments documents;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    SearchBackfill(List<SearchableSource> sources, SearchDocuments documents, EntityManager entityManager,
            PlatformTransactionManager transactionManager) {
        this.sources = sources;
        this.documents = documents;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterSingletonsInstantiated() {
        rebuildIndexIfIncomplete();
        sources.forEach(this::backfill);
    }

    void rebuildIndexIfIncomplete() {
        long rows = documents.count();
        Long indexed = transactions.execute(status -> Search.session(entityManager).search(SearchDocument.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
        if (indexed != null && indexed < rows) {
            LOG.info("Search index holds {} of {} documents: rebuilding it", indexed, rows);
            try {
                Search.mapping(entityManager.getEntityManagerFactory()).scope(SearchDocument.class).massIndexer()
                        .batchSizeToLoadObjects(BATCH).threadsToLoadObjects(1).startAndWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Indexes the source's records that have no search document; returns how many. */
    int backfill(SearchableSource source) {
        if (source.count() == documents.countByType(source.type())) {
            return 0;
        }
        LOG.info("Indexing the {} records missing from the search", source.type());
        long after = 0;
        int added = 0;
        while (true) {
            long from = after;
            Batch batch = transactions.execute(status -> indexMissing(source, from));
            if (batch == null || batch.size() == 0) {
                break;
            }
            added += batch.added();
            after = batch.lastId();
        }
        LOG.info("Indexed {} {} records", added, source.type());
        return added;
    }

    private Batch indexMissing(SearchableSource source, long after) {
        List<SearchableContent> contents = source.after(after, BATCH);
        if (contents.isEmpty()) {
            return new Batch(0, 0, after);
        }
        Set<Long> known = new HashSet<>(documents.refIdsAmong(source.type(),
                contents.stream().map(SearchableContent::id).toList()));
        int added = 0;
        for (SearchableContent content : contents) {
            if (!known.contains(content.id())) {
                documents.save(new SearchDocument(content));
                added++;
            }
        }
        return new Batch(contents.size(), added, contents.get(contents.size() - 1).id());
    }

    private record Batch(int size, int added, long lastId) {
    }
}
