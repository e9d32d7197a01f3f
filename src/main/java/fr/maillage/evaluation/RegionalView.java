package fr.maillage.evaluation;

import fr.maillage.territory.TerritoryKind;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceType;
import fr.maillage.workspace.Workspaces;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional view of a centre de ressources: the library indicators of the workspaces that chose
 * to share them, aggregated by code and year (sum, mean, how many workspaces), never one workspace's
 * figures. Its scope is the workspaces whose perimeter shares an EPCI or a commune with the centre's
 * perimeter, or every sharing workspace when the centre has no perimeter.
 */
@Service
@Transactional(readOnly = true)
public class RegionalView {

    /** One aggregate: an indicator code in one year over the sharing workspaces that measured it. */
    public record Aggregate(String code, int year, BigDecimal sum, BigDecimal mean, long workspaces) {
    }

    /** One library indicator over the years. */
    public record Line(IndicatorLibrary.Entry entry, List<Aggregate> years) {
    }

    /** The view: the years shown, one line per indicator, and how many workspaces share. */
    public record Comparison(List<Integer> years, List<Line> lines, int sharingWorkspaces) {
    }

    private final SharingSettings settings;
    private final Workspaces workspaces;
    private final WorkspaceManagement workspaceManagement;
    private final EntityManager entityManager;

    RegionalView(SharingSettings settings, Workspaces workspaces, WorkspaceManagement workspaceManagement,
            EntityManager entityManager) {
        this.settings = settings;
        this.workspaces = workspaces;
        this.workspaceManagement = workspaceManagement;
        this.entityManager = entityManager;
    }

    public boolean isShared(Long workspaceId) {
        return settings.findById(workspaceId).map(SharingSetting::isShared).orElse(false);
    }

    @Transactional
    public void share(Long workspaceId, boolean shared) {
        settings.findById(workspaceId).orElseGet(() -> settings.save(new SharingSetting(workspaceId))).share(shared);
    }

    /** The comparison for a centre de ressources. */
    public Comparison compare(Long centreId) {
        Workspace centre = workspaceManagement.get(centreId);
        Set<Long> scope = scope(centre);
        if (scope.isEmpty()) {
            return new Comparison(List.of(), List.of(), 0);
        }
        List<Object[]> rows = aggregate(scope);
        Map<String, Map<Integer, Aggregate>> byCode = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (Object[] row : rows) {
            String code = (String) row[0];
            int year = ((Number) row[1]).intValue();
            BigDecimal sum = toDecimal(row[2]);
            long count = ((Number) row[3]).longValue();
            BigDecimal mean = count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
            byCode.computeIfAbsent(code, c -> new TreeMap<>()).put(year, new Aggregate(code, year, sum, mean, count));
            years.add(year);
        }
        List<Line> lines = new ArrayList<>();
        for (IndicatorLibrary.Entry entry : IndicatorLibrary.all()) {
            Map<Integer, Aggregate> values = byCode.get(entry.code());
            if (values != null) {
                lines.add(new Line(entry, years.stream().map(y -> values.get(y)).toList()));
            }
        }
        return new Comparison(List.copyOf(years), lines, scope.size());
    }

    /**
     * Sum and count of the workspaces' yearly totals by code: per workspace, a year's value is the
     * last period of that year (a quarter indicator counts its fourth quarter when present).
     */
    private List<Object[]> aggregate(Collection<Long> scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createQuery("""
                select i.code, m.periodYear, sum(m.value), count(distinct m.workspaceId)
                from Measurement m, Indicator i
                where i.id = m.indicatorId and i.code is not null and m.official = true
                and m.dimension = 'TOTAL' and m.workspaceId in :scope
                and m.period = (select max(m2.period) from Measurement m2 where m2.indicatorId = m.indicatorId
                    and m2.periodYear = m.periodYear and m2.dimension = 'TOTAL' and m2.official = true)
                group by i.code, m.periodYear order by i.code, m.periodYear""")
                .setParameter("scope", scope).getResultList();
        return rows;
    }

    private Set<Long> scope(Workspace centre) {
        List<Long> shared = settings.sharedWorkspaceIds();
        if (shared.isEmpty()) {
            return Set.of();
        }
        Set<String> epci = new HashSet<>(centre.perimeterCodes(TerritoryKind.EPCI));
        Set<String> communes = new HashSet<>(centre.perimeterCodes(TerritoryKind.COMMUNE));
        Set<Long> scope = new HashSet<>();
        for (Workspace w : workspaces.findAllById(shared)) {
            if (w.getType() == WorkspaceType.CENTRE_RESSOURCES) {
                continue;
            }
            boolean inside = (epci.isEmpty() && communes.isEmpty())
                    || w.perimeterCodes(TerritoryKind.EPCI).stream().anyMatch(epci::contains)
                    || w.perimeterCodes(TerritoryKind.COMMUNE).stream().anyMatch(communes::contains);
            if (inside) {
                scope.add(w.getId());
            }
        }
        return scope;
    }

    private static BigDecimal toDecimal(Object value) {
        return value instanceof BigDecimal b ? b.setScale(2, RoundingMode.HALF_UP)
                : new BigDecimal(String.valueOf(value)).setScale(2, RoundingMode.HALF_UP);
    }
}
