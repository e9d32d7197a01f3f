package fr.maillage.knowledge;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.Hibernate;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search in the module's own indexes, with French stemming: a workspace's sheets, the
 * public portal's published sheets, the "similar sheets" of a sheet, the library (by the text of
 * its documents) and the watch items. Results come sorted by relevance when words are given,
 * newest first otherwise.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeSearch {

    private final EntityManager entityManager;

    KnowledgeSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What a sheet list is filtered by; null or blank means "any". */
    public record SheetFilters(String text, String theme, SheetStatus status) {

        public static SheetFilters none() {
            return new SheetFilters(null, null, null);
        }
    }

    /**
     * Sheets of a workspace, or (workspaceId null) published sheets of every workspace; their themes
     * are loaded, ready to show.
     */
    public Page<ExperienceSheet> sheets(Long workspaceId, SheetFilters filters, Pageable pageable) {
        SheetStatus status = workspaceId == null ? SheetStatus.PUBLISHED : filters.status();
        boolean words = given(filters.text());
        SearchResult<ExperienceSheet> result = Search.session(entityManager).search(ExperienceSheet.class)
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = f.bool().must(f.matchAll());
                    if (workspaceId != null) {
                        bool.must(f.match().field(ExperienceSheet.WORKSPACE).matching(workspaceId));
                    }
                    if (status != null) {
                        bool.must(f.match().field(ExperienceSheet.STATUS).matching(status));
                    }
                    if (given(filters.theme())) {
                        bool.must(f.match().field(ExperienceSheet.THEMES).matching(filters.theme()));
                    }
                    if (words) {
                        bool.must(sheetWords(f, filters.text()));
                    }
                    return bool;
                })
                .sort(f -> words ? f.score() : f.field(workspaceId == null ? ExperienceSheet.PUBLISHED_AT
                        : ExperienceSheet.UPDATED_AT).desc())
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        result.hits().forEach(s -> Hibernate.initialize(s.getThemeCodes()));
        return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
    }

    /**
     * Published sheets that resemble this one: its title and summary words (any of them, the more
     * the better) and its themes, the sheet itself excluded.
     */
    public List<ExperienceSheet> similar(ExperienceSheet sheet, int limit) {
        String words = (sheet.getTitle() + " " + (sheet.getSummary() == null ? "" : sheet.getSummary()))
                .replaceAll("[\\p{Punct}«»’]", " ");
        return Search.session(entityManager).search(ExperienceSheet.class)
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = f.bool()
                            .must(f.match().field(ExperienceSheet.STATUS).matching(SheetStatus.PUBLISHED))
                            .mustNot(f.id().matching(sheet.getId()))
                            .should(f.simpleQueryString().field(ExperienceSheet.TITLE).boost(3f)
                                    .field(ExperienceSheet.SUMMARY).boost(2f).field(ExperienceSheet.BODY)
                                    .matching(words).defaultOperator(BooleanOperator.OR));
                    sheet.getThemeCodes().forEach(t -> bool.should(
                            f.match().field(ExperienceSheet.THEMES).matching(t).boost(2f)));
                    bool.minimumShouldMatchNumber(1);
                    return bool;
                })
                .fetchHits(limit);
    }

    /** Documents of the workspace's library, found by title or by the text of the file. */
    public Page<LibraryResource> resources(Long workspaceId, String text, ResourceKind kind, String theme,
            Pageable pageable) {
        boolean words = given(text);
        SearchResult<LibraryResource> result = Search.session(entityManager).search(LibraryResource.class)
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = f.bool()
                            .must(f.match().field(LibraryResource.WORKSPACE).matching(workspaceId));
                    if (kind != null) {
                        bool.must(f.match().field(LibraryResource.KIND).matching(kind));
                    }
                    if (given(theme)) {
                        bool.must(f.match().field(LibraryResource.THEMES).matching(theme));
                    }
                    if (words) {
                        bool.must(f.simpleQueryString().field(LibraryResource.TITLE).boost(3f)
                                .field(LibraryResource.TEXT).matching(text).defaultOperator(BooleanOperator.AND));
                    }
                    return bool;
                })
                .sort(f -> words ? f.score() : f.field(LibraryResource.CREATED_AT).desc())
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
    }

    /** Watch items of the workspace, by words, tag, source or star; their tags are loaded. */
    public Page<WatchItem> watchItems(Long workspaceId, String text, String tag, Long sourceId, boolean starredOnly,
            Pageable pageable) {
        boolean words = given(text);
        SearchResult<WatchItem> result = Search.session(entityManager).search(WatchItem.class)
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = f.bool()
                            .must(f.match().field(WatchItem.WORKSPACE).matching(workspaceId));
                    if (given(tag)) {
                        bool.must(f.match().field(WatchItem.TAGS).matching(tag.strip().toLowerCase(java.util.Locale.FRENCH)));
                    }
                    if (sourceId != null) {
                        bool.must(f.match().field(WatchItem.SOURCE).matching(sourceId));
                    }
                    if (starredOnly) {
                        bool.must(f.match().field(WatchItem.STARRED).matching(true));
                    }
                    if (words) {
                        bool.must(f.simpleQueryString().field(WatchItem.TITLE).boost(2f).field(WatchItem.SUMMARY)
                                .matching(text).defaultOperator(BooleanOperator.AND));
                    }
                    return bool;
                })
                .sort(f -> words ? f.score() : f.field(WatchItem.FETCHED_AT).desc())
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        result.hits().forEach(i -> Hibernate.initialize(i.getTags()));
        return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
    }

    private static org.hibernate.search.engine.search.predicate.SearchPredicate sheetWords(SearchPredicateFactory f,
            String text) {
        return f.simpleQueryString().field(ExperienceSheet.TITLE).boost(3f).field(ExperienceSheet.SUMMARY).boost(2f)
                .field(ExperienceSheet.BODY).matching(text).defaultOperator(BooleanOperator.AND).toPredicate();
    }

    private static boolean given(String s) {
        return s != null && !s.isBlank();
    }
}
