package fr.maillage.funding;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open-data export of a funder's subsidies in the SCDL "subventions" 2.1.1 schema: a UTF-8 CSV
 * with a header row, the sixteen columns in the schema's order, dates as YYYY-MM-DD and amounts with a
 * dot. Lines granted by a decision are read a chunk at a time, so that an export of any length keeps
 * a bounded memory. A line that breaks a constraint of the schema ({@link ScdlRow}) is not exported and
 * is reported instead, with where to fix it; {@code dispositifAide} is the call's aid scheme.
 */
@Service
@Transactional(readOnly = true)
public class ScdlExport {

    /** The schema's columns, in order. */
    public static final List<String> COLUMNS = List.of("nomAttribuant", "idAttribuant", "dateConvention",
            "referenceDecision", "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire", "objet", "montant", "nature",
            "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE", "pourcentageSubvention",
            "dispositifAide");

    static final int CHUNK = 1000;

    private final EntityManager entityManager;
    private final Envelopes envelopes;
    private final DirectoryManagement directory;

    ScdlExport(EntityManager entityManager, Envelopes envelopes, DirectoryManagement directory) {
        this.entityManager = entityManager;
        this.envelopes = envelopes;
        this.directory = directory;
    }

    /**
     * A line that could not be exported: why (French), and where to fix it: the carrier's page in the
     * directory (its {@code organisationId}), the funder's envelope, the decision or the application.
     */
    public record Problem(String reference, Funder funder, String reason, String fix, Long applicationId,
            Long organisationId) {

        /** Whether the fix is in the directory, on the carrier's record. */
        public boolean inDirectory() {
            return "DIRECTORY".equals(fix) && organisationId != null;
        }
    }

    /** How many rows were written and which lines were left out. */
    public record Outcome(int written, List<Problem> problems) {
    }

    /**
     * Writes the CSV of the funder's subsidies of the year, for one workspace or, when
     * {@code workspaceId} is null, for every workspace (the national file). With no funder, every
     * funder's: each row names its attribuant, so one file may hold several.
     */
    public Outcome write(Long workspaceId, Funder funder, int year, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
        printer.printRecord(COLUMNS);
        Outcome outcome = scan(workspaceId, funder, year, row -> {
            try {
                printer.printRecord(row);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        printer.flush();
        writer.flush();
        return outcome;
    }

    /** The lines that would be left out of the file, without writing it. */
    public Outcome check(Long workspaceId, Funder funder, int year) {
        return scan(workspaceId, funder, year, row -> { });
    }

    private Outcome scan(Long workspaceId, Funder funder, int year, java.util.function.Consumer<List<String>> sink) {
        Map<String, Envelope> attribuants = new HashMap<>();
        var envelopes = entityManager.createQuery("select e from Envelope e where e.year = :y"
                + (funder == null ? "" : " and e.funder = :f"), Envelope.class).setParameter("y", year);
        if (funder != null) {
            envelopes.setParameter("f", funder);
        }
        envelopes.getResultList().forEach(e -> attribuants.put(e.getWorkspaceId() + ":" + e.getFunder(), e));
        List<Problem> problems = new ArrayList<>();
        int written = 0;
        long after = 0;
        while (true) {
            List<Object[]> chunk = chunk(workspaceId, funder, year, after);
            if (chunk.isEmpty()) {
                break;
            }
            after = (Long) chunk.get(chunk.size() - 1)[0];
            List<Long> lineIds = chunk.stream().map(r -> (Long) r[0]).toList();
            Map<Long, Decision> decisions = latestDecisions(lineIds);
            Map<Long, Object[]> paid = paymentPeriods(lineIds);
            Map<Long, Organisation> carriers = directory.organisations(chunk.stream().map(r -> (Long) r[3]).distinct()
                    .toList());
            for (Object[] r : chunk) {
                ScdlRow row = new ScdlRow((String) r[1], (String) r[2], carriers.get((Long) r[3]),
                        (BigDecimal) r[4], attribuants.get(r[5] + ":" + r[7]), decisions.get((Long) r[0]),
                        paid.get((Long) r[0]), (String) r[6]);
                ScdlRow.Violation violation = row.violation();
                if (violation != null) {
                    problems.add(new Problem(row.reference(), (Funder) r[7], violation.reason(),
                            violation.fix().name(), (Long) r[8], (Long) r[3]));
                } else {
                    sink.accept(row.values());
                    written++;
                }
            }
            entityManager.clear();
        }
        return new Outcome(written, problems);
    }

    private List<Object[]> chunk(Long workspaceId, Funder funder, int year, long after) {
        var query = entityManager.createQuery("select l.id, a.reference, a.title, a.carrierId, l.granted, "
                        + "l.workspaceId, (select c.aidScheme from CallForProjects c where c.id = a.callId), l.funder, "
                        + "a.id from FundingLine l, Application a where a.id = l.applicationId "
                        + (funder == null ? "" : "and l.funder = :f ")
                        + "and l.year = :y and l.granted is not null and l.status not in (:notNotified) "
                        + (workspaceId == null ? "" : "and l.workspaceId = :w ")
                        + "and l.id > :after order by l.id", Object[].class)
                .setParameter("y", year)
                .setParameter("notNotified", List.of(FundingStatus.VALIDE, FundingStatus.INSTRUIT,
                        FundingStatus.REFUSE))
                .setParameter("after", after)
                .setMaxResults(CHUNK);
        if (workspaceId != null) {
            query.setParameter("w", workspaceId);
        }
        if (funder != null) {
            query.setParameter("f", funder);
        }
        return query.getResultList();
    }

    private Map<Long, Decision> latestDecisions(List<Long> lineIds) {
        return entityManager.createQuery("select d from Decision d where d.lineId in :ids order by d.signedOn",
                        Decision.class).setParameter("ids", lineIds).getResultList().stream()
                .collect(Collectors.toMap(Decision::getLineId, Function.identity(), (first, later) -> later));
    }

    private Map<Long, Object[]> paymentPeriods(List<Long> lineIds) {
        Map<Long, Object[]> periods = new HashMap<>();
        for (Object[] r : entityManager.createQuery("select p.lineId, min(p.paidOn), max(p.paidOn), count(p) "
                + "from Payment p where p.lineId in :ids group by p.lineId", Object[].class)
                .setParameter("ids", lineIds).getResultList()) {
            periods.put((Long) r[0], r);
        }
        return periods;
    }
}
