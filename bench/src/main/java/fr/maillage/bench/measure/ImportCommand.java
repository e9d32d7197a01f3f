package fr.maillage.bench.measure;

import fr.maillage.bench.Args;
import fr.maillage.bench.Database;
import fr.maillage.bench.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.postgresql.PGConnection;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code import} measurement: the QPV list is uploaded through the application's import form
 * (as an administrator does), twice: the first import creates every QPV, the second finds them all
 * unchanged. The same file is then copied with PostgreSQL's {@code COPY} into a plain table, five
 * times; the median is the floor. The ratio of rows per second (application ÷ COPY) is the import's
 * distance from the database's floor.
 */
public final class ImportCommand {

    static final String FORM = "/territoires/qpv/import";
    private static final int COPY_RUNS = 5;
    private static final java.util.regex.Pattern PROBLEM = java.util.regex.Pattern.compile(
            "<tr>\\s*<td[^>]*>(.*?)</td>\\s*<td[^>]*>(.*?)</td>", java.util.regex.Pattern.DOTALL);

    private ImportCommand() {
    }

    public static ObjectNode run(Args args) throws Exception {
        Http http = new Http(args.get("base-url"));
        Database database = args.database();
        Path file = args.path("file");
        byte[] content = Files.readAllBytes(file);
        List<String> codes = codes(content);
        ObjectNode report = Json.object().put("file", file.toString()).put("rows", codes.size())
                .put("bytes", content.length);
        String cookie = http.login(args.get("email"), args.get("password"));
        ObjectNode first = upload(http, database, content, codes, cookie);
        report.set("first_import", first);
        if (first.path("status").asString().equals("measured")) {
            report.set("second_import", upload(http, database, content, codes, cookie));
        }
        double copyMillis = copyFloor(database, content);
        report.set("copy", Json.object().put("runs", COPY_RUNS).put("median_ms", Figures.round(copyMillis))
                .put("rows_per_s", Figures.round(codes.size() / (copyMillis / 1000))));
        if (first.has("rows_per_s")) {
            report.put("rows_per_s_ratio", Figures.ratio(first.path("rows_per_s").asDouble(),
                    codes.size() / (copyMillis / 1000)));
        }
        Json.write(report, args.path("run").resolve("import.json"));
        return report;
    }

    private static ObjectNode upload(Http http, Database database, byte[] content, List<String> codes, String cookie)
            throws Exception {
        long before = count(database, codes);
        long start = System.nanoTime();
        Http.Answer answer = http.upload(FORM, "file", "qpv.csv", content, cookie);
        double millis = (System.nanoTime() - start) / 1e6;
        ObjectNode result = Json.object().put("http_status", answer.status());
        if (answer.status() == 404) {
            return result.put("status", "not available yet").put("reason", "HTTP 404 on " + FORM);
        }
        long after = count(database, codes);
        result.put("known_before", before).put("known_after", after);
        if (answer.status() != 302 || after != codes.size()) {
            return result.put("status", "failed").put("reason", "the import did not store every QPV of the file: "
                    + problems(http, answer, cookie));
        }
        return result.put("status", "measured").put("ms", Figures.round(millis))
                .put("rows_per_s", Figures.round(codes.size() / (millis / 1000)));
    }

    /** The first problems the import page lists after a refused import (line and reason). */
    private static String problems(Http http, Http.Answer answer, String cookie) throws Exception {
        if (answer.location() == null) {
            return "HTTP " + answer.status();
        }
        String page = http.get(java.net.URI.create(http.url("/")).resolve(answer.location()).getRawPath(),
                java.util.Map.of("Cookie", cookie)).text();
        java.util.regex.Matcher row = PROBLEM.matcher(page);
        List<String> problems = new java.util.ArrayList<>();
        while (row.find() && problems.size() < 5) {
            problems.add("line " + row.group(1).strip() + ": " + row.group(2).replaceAll("<[^>]+>", "").strip());
        }
        return problems.isEmpty() ? "no problem listed" : String.join("; ", problems);
    }

    /** The median time of copying the file into a fresh table, in milliseconds. */
    static double copyFloor(Database database, byte[] content) throws SQLException, java.io.IOException {
        double[] runs = new double[COPY_RUNS];
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists bench_qpv_copy");
            statement.execute("create table bench_qpv_copy (code_qp text, nom_qp text, insee_com text)");
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int i = 0; i < COPY_RUNS; i++) {
                statement.execute("truncate bench_qpv_copy");
                long start = System.nanoTime();
                copy.copyIn("copy bench_qpv_copy from stdin with (format csv, delimiter ';', header true)",
                        new ByteArrayInputStream(content));
                runs[i] = (System.nanoTime() - start) / 1e6;
            }
            statement.execute("drop table bench_qpv_copy");
        }
        Arrays.sort(runs);
        return runs[COPY_RUNS / 2];
    }

    private static long count(Database database, List<String> codes) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from territory_qpv where code = any (?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", codes.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The QPV codes of the file, one per data line. */
    static List<String> codes(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.substring(0, l.indexOf(';'))).toList();
    }
}
