package fr.maillage.territory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the COG shipped in {@value #RESOURCE} (derived by {@code derive-cog.py}, see the README
 * beside it) into the territory tables with JDBC batches: going through the ORM would cost several
 * seconds at every first start for 35,000 rows nobody edits. The setting
 * {@code maillage.territory.cog-resource} names another file of the same format on the classpath
 * (the tests' smaller reference).
 */
@Component
public class CogFile {

    /** The reference file on the classpath. */
    public static final String RESOURCE = "territory/cog-2026.tsv.gz";
    private static final int BATCH = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final String resource;

    CogFile(JdbcTemplate jdbc, TransactionTemplate transactions,
            @Value("${maillage.territory.cog-resource:" + RESOURCE + "}") String resource) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.resource = resource;
    }

    /** The classpath file this loader reads. */
    public String resource() {
        return resource;
    }

    /** How many records of each kind were written. */
    public record Counts(int regions, int departements, int epcis, int communes) {
    }

    /** Inserts the whole file in one transaction; the tables must be empty. */
    public Counts load() {
        List<String[]> regions = new ArrayList<>();
        List<String[]> departements = new ArrayList<>();
        List<String[]> epcis = new ArrayList<>();
        List<String[]> communes = new ArrayList<>(36_000);
        read(regions, departements, epcis, communes);
        transactions.executeWithoutResult(status -> {
            jdbc.batchUpdate("insert into territory_region (code, name) values (?, ?)", regions, BATCH,
                    (ps, r) -> strings(ps, r[1], r[2]));
            jdbc.batchUpdate("insert into territory_departement (code, region_code, name) values (?, ?, ?)",
                    departements, BATCH, (ps, d) -> strings(ps, d[1], d[2], d[3]));
            jdbc.batchUpdate("insert into territory_epci (code, nature, population, member_count, name, search_name) "
                    + "values (?, ?, ?, ?, ?, ?)", epcis, BATCH, (ps, e) -> {
                        strings(ps, e[1], e[2]);
                        integer(ps, 3, e[3]);
                        integer(ps, 4, e[4]);
                        ps.setString(5, e[5]);
                        ps.setString(6, Folding.fold(e[5]));
                    });
            jdbc.batchUpdate("insert into territory_commune (code, departement_code, region_code, epci_code, population, "
                    + "postal_codes, name, search_name) values (?, ?, ?, ?, ?, ?, ?, ?)", communes, BATCH, (ps, c) -> {
                        strings(ps, c[1], c[2], c[3], c[4].isEmpty() ? null : c[4]);
                        integer(ps, 5, c[5]);
                        ps.setString(6, c[6].isEmpty() ? null : c[6]);
                        ps.setString(7, c[7]);
                        ps.setString(8, Folding.fold(c[7]));
                    });
        });
        return new Counts(regions.size(), departements.size(), epcis.size(), communes.size());
    }

    private void read(List<String[]> regions, List<String[]> departements, List<String[]> epcis,
            List<String[]> communes) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ClassPathResource(resource).getInputStream(), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split("\t", -1);
                switch (fields[0]) {
                    case "R" -> regions.add(fields);
                    case "D" -> departements.add(fields);
                    case "E" -> epcis.add(fields);
                    case "C" -> communes.add(fields);
                    default -> throw new IllegalStateException("Unexpected line in " + resource + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strings(PreparedStatement ps, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setString(i + 1, values[i]);
        }
    }

    private static void integer(PreparedStatement ps, int index, String value) throws SQLException {
        if (value.isEmpty()) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, Integer.parseInt(value));
        }
    }
}
