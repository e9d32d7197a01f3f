package fr.maillage.programme;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * Action filters as a query: collections are tested with {@code exists} sub-queries, so that a
 * page counts each action once and the count query stays cheap.
 */
final class ActionSpecifications {

    private ActionSpecifications() {
    }

    /**
     * @param objectiveIds the objectives to look for (the axis's objectives when the filter names
     *                     an axis), or null for any
     */
    static Specification<Action> of(Long workspaceId, ActionFilters f, List<Long> objectiveIds) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("workspaceId"), workspaceId));
            if (f.year() != null) {
                where.add(cb.equal(root.get("year"), f.year()));
            }
            if (f.status() != null) {
                where.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.carrierId() != null) {
                where.add(cb.equal(root.get("carrierId"), f.carrierId()));
            }
            if (f.hasText()) {
                where.add(cb.like(cb.lower(root.get("title")),
                        "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%"));
            }
            if (objectiveIds != null) {
                Subquery<Long> served = query.subquery(Long.class);
                Root<Action> inner = served.from(Action.class);
                served.select(inner.get("id")).where(cb.equal(inner.get("id"), root.get("id")),
                        inner.join("objectiveIds").in(objectiveIds.isEmpty() ? List.of(-1L) : objectiveIds));
                where.add(cb.exists(served));
            }
            if (f.hasQpv()) {
                Subquery<Long> inQpv = query.subquery(Long.class);
                Root<Action> inner = inQpv.from(Action.class);
                inQpv.select(inner.get("id")).where(cb.equal(inner.get("id"), root.get("id")),
                        cb.equal(inner.join("qpvCodes"), f.qpv().strip()));
                where.add(cb.exists(inQpv));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
