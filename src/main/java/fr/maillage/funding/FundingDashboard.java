package fr.maillage.funding;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the financial dashboards, each computed by one grouped query on the funding lines
 * (workspace, year and funder are copied on the line so that most groups need no join).
 */
@Service
@Transactional(readOnly = true)
public class FundingDashboard {

    private static final String SUMS = "sum(l.requested), sum(l.proposed), sum(l.granted), sum(l.paid), count(l)";

    private final EntityManager entityManager;

    FundingDashboard(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per funder for the year. */
    public List<FundingTotals> byFunder(Long workspaceId, int year) {
        return funderRows(entityManager.createQuery("select l.funder, " + SUMS + " from FundingLine l "
                + "where l.workspaceId = :w and l.year = :y group by l.funder order by l.funder")
                .setParameter("w", workspaceId).setParameter("y", year));
    }

    /** Per funder for the whole platform: the national totals. */
    public List<FundingTotals> nationalByFunder(int year) {
        return funderRows(entityManager.createQuery("select l.funder, " + SUMS + " from FundingLine l "
                + "where l.year = :y group by l.funder order by l.funder").setParameter("y", year));
    }

    /** Per axis and funder for the year; the axis key is null for applications tied to no axis. */
    public List<FundingTotals> byAxisAndFunder(Long workspaceId, int year) {
        List<FundingTotals> rows = new ArrayList<>();
        for (Object[] r : rows(entityManager.createQuery("select a.axisLabel, l.funder, " + SUMS
                + " from FundingLine l, Application a where a.id = l.applicationId and l.workspaceId = :w "
                + "and l.year = :y group by a.axisLabel, l.funder order by a.axisLabel, l.funder")
                .setParameter("w", workspaceId).setParameter("y", year))) {
            rows.add(totals((String) r[0], (Funder) r[1], r, 2));
        }
        return rows;
    }

    /** Per carrier (organisation id as key) for the year, largest grants first, at most {@code limit}. */
    public List<FundingTotals> byCarrier(Long workspaceId, int year, int limit) {
        List<FundingTotals> rows = new ArrayList<>();
        for (Object[] r : rows(entityManager.createQuery("select a.carrierId, " + SUMS
                + " from FundingLine l, Application a where a.id = l.applicationId and l.workspaceId = :w "
                + "and l.year = :y group by a.carrierId order by sum(l.granted) desc nulls last, sum(l.requested) desc")
                .setParameter("w", workspaceId).setParameter("y", year).setMaxResults(limit))) {
            rows.add(totals(String.valueOf(r[0]), null, r, 1));
        }
        return rows;
    }

    /**
     * Per QPV for the year. An application concerning several QPV counts in each of them, so the
     * rows do not add up to the total.
     */
    public List<FundingTotals> byQpv(Long workspaceId, int year) {
        List<FundingTotals> rows = new ArrayList<>();
        for (Object[] r : rows(entityManager.createQuery("select q, " + SUMS
                + " from FundingLine l, Application a join a.qpvCodes q where a.id = l.applicationId "
                + "and l.workspaceId = :w and l.year = :y group by q order by q")
                .setParameter("w", workspaceId).setParameter("y", year))) {
            rows.add(totals((String) r[0], null, r, 1));
        }
        return rows;
    }

    /** Per year, oldest first. */
    public List<FundingTotals> byYear(Long workspaceId) {
        List<FundingTotals> rows = new ArrayList<>();
        for (Object[] r : rows(entityManager.createQuery("select l.year, " + SUMS + " from FundingLine l "
                + "where l.workspaceId = :w group by l.year order by l.year").setParameter("w", workspaceId))) {
            rows.add(totals(String.valueOf(r[0]), null, r, 1));
        }
        return rows;
    }

    /** Sum of the rows. */
    public static FundingTotals total(List<FundingTotals> rows) {
        FundingTotals total = FundingTotals.zero(null, null);
        for (FundingTotals row : rows) {
            total = total.plus(row);
        }
        return total;
    }

    private List<FundingTotals> funderRows(Query query) {
        List<FundingTotals> rows = new ArrayList<>();
        for (Object[] r : rows(query)) {
            rows.add(totals(((Funder) r[0]).name(), (Funder) r[0], r, 1));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static FundingTotals totals(String key, Funder funder, Object[] r, int from) {
        return new FundingTotals(key, funder, (BigDecimal) r[from], (BigDecimal) r[from + 1],
                (BigDecimal) r[from + 2], (BigDecimal) r[from + 3], ((Number) r[from + 4]).longValue());
    }
}
