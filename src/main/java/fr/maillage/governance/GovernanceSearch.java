package fr.maillage.governance;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * French full-text search of a workspace's decisions and published minutes (current versions
 * only): "éducatives" finds "éducation", accents and case do not matter.
 */
@Service
@Transactional(readOnly = true)
public class GovernanceSearch {

    private final EntityManager entityManager;

    GovernanceSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<DecisionRecord> decisions(Long workspaceId, String text, Pageable pageable) {
        SearchResult<DecisionRecord> result = Search.session(entityManager).search(DecisionRecord.class)
                .where(f -> f.bool()
                        .must(f.match().field(DecisionRecord.WORKSPACE).matching(workspaceId))
                        .must(f.simpleQueryString().fields(DecisionRecord.TITLE, DecisionRecord.TEXT)
                                .matching(text).defaultOperator(BooleanOperator.AND)))
                .sort(f -> f.score().then().field(DecisionRecord.DATE).desc())
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
    }

    public Page<MinutesVersion> minutes(Long workspaceId, String text, Pageable pageable) {
        SearchResult<MinutesVersion> result = Search.session(entityManager).search(MinutesVersion.class)
                .where(f -> f.bool()
                        .must(f.match().field(MinutesVersion.WORKSPACE).matching(workspaceId))
                        .must(f.match().field(MinutesVersion.CURRENT).matching(true))
                        .must(f.simpleQueryString().fields(MinutesVersion.TITLE, MinutesVersion.TEXT)
                                .matching(text).defaultOperator(BooleanOperator.AND)))
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
    }
}
