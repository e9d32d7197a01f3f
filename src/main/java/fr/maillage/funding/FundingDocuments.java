package fr.maillage.funding;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.shared.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents people take to meetings: the COPIL programme table (its data, and as XLSX) and a
 * carrier's funding history.
 */
@Service
@Transactional(readOnly = true)
public class FundingDocuments {

    private final Applications applications;
    private final FundingLines lines;
    private final DirectoryManagement directory;
    private final org.springframework.context.MessageSource messages;

    FundingDocuments(Applications applications, FundingLines lines, DirectoryManagement directory,
            org.springframework.context.MessageSource messages) {
        this.applications = applications;
        this.lines = lines;
        this.directory = directory;
        this.messages = messages;
    }

    /** The programme of the year: two queries for the applications and their lines, one for carriers. */
    public ProgrammeTable programme(Long workspaceId, int year, String noAxisLabel) {
        List<Application> list = applications.programme(workspaceId, year);
        Map<Long, List<FundingLine>> byApplication = list.isEmpty() ? Map.of()
                : lines.findByApplicationIdIn(list.stream().map(Application::getId).toList()).stream()
                        .collect(Collectors.groupingBy(FundingLine::getApplicationId));
        Map<Long, Organisation> carriers = directory.organisations(list.stream().map(Application::getCarrierId)
                .distinct().toList());
        Set<Funder> funders = EnumSet.noneOf(Funder.class);
        Map<String, List<ProgrammeTable.Row>> byAxis = new LinkedHashMap<>();
        for (Application a : list) {
            Map<Funder, BigDecimal> amounts = new EnumMap<>(Funder.class);
            BigDecimal requested = Money.of((BigDecimal) null);
            BigDecimal proposed = requested;
            for (FundingLine line : byApplication.getOrDefault(a.getId(), List.of())) {
                funders.add(line.getFunder());
                BigDecimal amount = line.getGranted() != null ? line.getGranted() : line.proposedOrRequested();
                amounts.put(line.getFunder(), amount);
                requested = requested.add(line.getRequested());
                proposed = proposed.add(amount);
            }
            Organisation carrier = carriers.get(a.getCarrierId());
            byAxis.computeIfAbsent(a.getAxisLabel() == null ? noAxisLabel : a.getAxisLabel(), k -> new ArrayList<>())
                    .add(new ProgrammeTable.Row(a.getReference(), carrier == null ? "" : carrier.label(), a.getTitle(),
                            a.projectBudget().charges(), amounts, requested, proposed));
        }
        return ProgrammeTable.of(year, List.copyOf(funders), byAxis);
    }

    /** The programme table as an XLSX sheet: one row per application, subtotals per axis, the total. */
    public void programmeXlsx(ProgrammeTable table, OutputStream out) throws IOException {
        try (TableWriter writer = TableWriter.xlsx(out, "Programmation " + table.year())) {
            List<Object> header = new ArrayList<>(List.of("Axe", "Référence", "Porteur", "Action", "Coût total"));
            table.funders().forEach(f -> header.add(f.getLabel()));
            header.add("Total demandé");
            header.add("Total proposé");
            writer.row(header);
            for (ProgrammeTable.Group group : table.groups()) {
                for (ProgrammeTable.Row row : group.rows()) {
                    List<Object> cells = new ArrayList<>(List.of(group.axis(), row.reference(), row.carrier(),
                            row.title(), row.cost()));
                    table.funders().forEach(f -> cells.add(row.amount(f)));
                    cells.add(row.requested());
                    cells.add(row.proposed());
                    writer.row(cells);
                }
                writer.row(totalRow("Sous-total " + group.axis(), group.subtotal(), table.funders()));
            }
            writer.row(totalRow("Total général", table.total(), table.funders()));
        }
    }

    private static List<Object> totalRow(String label, ProgrammeTable.Totals totals, List<Funder> funders) {
        List<Object> cells = new ArrayList<>(List.of(label, "", "", "", totals.cost()));
        funders.forEach(f -> cells.add(totals.amount(f)));
        cells.add(totals.requested());
        cells.add(totals.proposed());
        return cells;
    }

    /** A carrier's applications in the workspace with their lines, every year, newest first. */
    public List<CarrierYear> carrierHistory(Long workspaceId, Long carrierId) {
        List<Application> list = applications.findByWorkspaceIdAndCarrierIdOrderByYearDescReferenceDesc(workspaceId,
                carrierId, org.springframework.data.domain.Pageable.unpaged()).getContent();
        Map<Long, List<FundingLine>> byApplication = list.isEmpty() ? Map.of()
                : lines.findByApplicationIdIn(list.stream().map(Application::getId).toList()).stream()
                        .collect(Collectors.groupingBy(FundingLine::getApplicationId));
        return list.stream().map(a -> new CarrierYear(a, byApplication.getOrDefault(a.getId(), List.of()))).toList();
    }

    /** One application of a carrier with its funding lines. */
    public record CarrierYear(Application application, List<FundingLine> lines) {

        public BigDecimal requested() {
            return lines.stream().map(FundingLine::getRequested).reduce(Money.of((BigDecimal) null), BigDecimal::add);
        }

        public BigDecimal granted() {
            return lines.stream().map(l -> Money.orZero(l.getGranted())).reduce(Money.of((BigDecimal) null),
                    BigDecimal::add);
        }

        public BigDecimal paid() {
            return lines.stream().map(l -> Money.orZero(l.getPaid())).reduce(Money.of((BigDecimal) null),
                    BigDecimal::add);
        }
    }

    /** The carrier's history as a table (CSV or XLSX). */
    public void carrierHistory(List<CarrierYear> history, TableWriter writer) throws IOException {
        writer.row(List.of("Année", "Référence", "Action", "Financeur", "État", "Demandé", "Proposé", "Accordé",
                "Versé"));
        for (CarrierYear year : history) {
            for (FundingLine line : year.lines()) {
                Application a = year.application();
                writer.row(java.util.Arrays.asList(a.getYear(), a.getReference(), a.getTitle(),
                        line.getFunder().getLabel(), messages.getMessage("funding.status." + line.getStatus(), null,
                                java.util.Locale.FRANCE), line.getRequested(), line.getProposed(),
                        line.getGranted(), line.getPaid()));
            }
        }
    }
}
