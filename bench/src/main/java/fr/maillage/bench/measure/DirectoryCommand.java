package fr.maillage.bench.measure;

import fr.maillage.bench.Args;
import fr.maillage.bench.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code directory} measurement, the actor directory's targets at the {@code annuaire} size
 * (100,000 organisations, 300,000 contacts), with the application on the heap of the run
 * ({@code BENCH_HEAP}, 256m for this scenario):
 * <ol>
 * <li>full-text search through the API ({@code /api/v1/organisations?q=}), wrk rotating over the
 * queries of {@code scenarios/directory-queries.txt}: latency percentiles;</li>
 * <li>duplicate detection over every organisation: the duplicates page, three times;</li>
 * <li>export of every organisation to XLSX: time, size, and the heap's peak while it streams;</li>
 * <li>import of a 50,000-row CSV of new organisations through the import pages (upload, columns,
 * confirmation, background job followed to its end): rows per second and the heap's peak.</li>
 * </ol>
 * The heap is sampled by {@code jstat -gc} every 250 ms: used = survivors + eden + old.
 */
public final class DirectoryCommand {

    private static final Pattern JOB = Pattern.compile("/import/suivi/(\\d+)");
    // French grouping puts a narrow no-break space (U+202F) between thousands: "50 000 fiches créées".
    private static final Pattern CREATED = Pattern.compile("(\\d[\\d \u00A0\u202F]*) fiches? créées?");
    private static final int IMPORT_ROWS = 50_000;

    private DirectoryCommand() {
    }

    public static ObjectNode run(Args args) throws Exception {
        RunContext context = RunContext.of(args);
        long pid = args.number("pid", 0);
        Map<String, String> placeholders = context.placeholders();
        String workspace = placeholders.get("workspaceId");
        Target.Credentials me = context.credentials();
        // The steps to run (all by default); a later run of other steps adds to the same report, so
        // that the import can run on its own heap (the issue's 512 MB) after the 256 MB steps.
        List<String> steps = List.of(args.get("steps", "search,duplicates,export,import").split(","));
        Path json = context.run().resolve("directory.json");
        ObjectNode report = Files.exists(json) ? (ObjectNode) Json.read(json) : Json.object();
        report.put("heap", args.get("heap", "?"));
        if (steps.contains("search")) {
            report.put("heap_search_duplicates_export", args.get("heap", "?"));
            search(context, me, report);
        }
        if (steps.contains("duplicates")) {
            duplicates(context, me, workspace, report);
        }
        if (steps.contains("export")) {
            export(context, me, workspace, pid, report);
        }
        if (steps.contains("import")) {
            report.put("heap_import", args.get("heap", "?"));
            importCsv(context, me, workspace, pid, report);
        }
        Json.write(report, json);
        Files.writeString(context.run().resolve("directory.md"), markdown(report), StandardCharsets.UTF_8);
        return report;
    }

    private static void search(RunContext context, Target.Credentials me, ObjectNode report) throws Exception {
        // 1. Search through the API.
        List<String> queries = Files.readAllLines(context.bench().resolve("scenarios/directory-queries.txt"),
                StandardCharsets.UTF_8).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
        List<String> paths = queries.stream()
                .map(q -> "/api/v1/organisations?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).toList();
        Map<String, String> bearer = Map.of("Authorization", "Bearer " + me.apiToken());
        for (String path : paths) {
            Http.Answer answer = context.http().get(path, bearer);
            if (answer.status() != 200) {
                throw new IllegalStateException(path + " answered HTTP " + answer.status());
            }
        }
        Wrk wrk = context.wrk();
        wrk.warmUp(context.http().url(""), bearer, paths);
        Figures search = wrk.measure(context.http().url(""), bearer, paths);
        report.set("api_search", Json.object().put("queries", queries.size()).put("requests", search.requests())
                .put("throughput", Figures.round(search.throughput())).put("p50_ms", search.p50())
                .put("p95_ms", search.p95()).put("p99_ms", search.p99()).put("errors", search.errors()));
    }

    private static void duplicates(RunContext context, Target.Credentials me, String workspace, ObjectNode report)
            throws Exception {
        // 2. Duplicate detection.
        List<Double> dedup = new ArrayList<>();
        int pairs = 0;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Http.Answer page = context.http().get("/espaces/" + workspace + "/annuaire/doublons",
                    Map.of("Cookie", me.sessionCookie()));
            dedup.add((System.nanoTime() - start) / 1e6);
            if (page.status() != 200) {
                throw new IllegalStateException("Duplicates page: HTTP " + page.status());
            }
            pairs = count(page.text(), "/doublons/fusion");
        }
        report.set("duplicates", Json.object().put("runs_ms", dedup.toString()).put("median_ms",
                Figures.round(dedup.stream().sorted().toList().get(1))).put("forms_shown", pairs));
    }

    private static void export(RunContext context, Target.Credentials me, String workspace, long pid,
            ObjectNode report) throws Exception {
        // 3. Export of every organisation to XLSX, streamed.
        try (HeapSampler heap = HeapSampler.start(pid)) {
            long start = System.nanoTime();
            long bytes = download(context.http().url("/espaces/" + workspace + "/annuaire/export/organisations.xlsx"),
                    me.sessionCookie(), context.run().resolve("organisations.xlsx"));
            double seconds = (System.nanoTime() - start) / 1e9;
            report.set("export_xlsx", Json.object().put("seconds", Figures.round(seconds)).put("bytes", bytes)
                    .put("rows", rows(context.run().resolve("organisations.xlsx")))
                    .put("heap_peak_mb", Figures.round(heap.peakMb())));
        }

    }

    private static void importCsv(RunContext context, Target.Credentials me, String workspace, long pid,
            ObjectNode report) throws Exception {
        // 4. Import of 50,000 new organisations.
        Path file = context.run().resolve("import-organisations.csv");
        int written = importFile(context.run().resolve("dataset/organisations.csv"), file);
        byte[] content = Files.readAllBytes(file);
        String form = "/espaces/" + workspace + "/annuaire/import";
        try (HeapSampler heap = HeapSampler.start(pid)) {
            long start = System.nanoTime();
            Http.Answer uploaded = context.http().upload(form, "fichier", "nouvelles-organisations.csv", content,
                    me.sessionCookie());
            if (uploaded.status() != 302 || uploaded.location() == null) {
                throw new IllegalStateException("Upload refused: HTTP " + uploaded.status());
            }
            String mapping = URI.create(uploaded.location()).getPath();
            Map<String, String> columns = new LinkedHashMap<>();
            columns.put("colonne.name", "0");
            columns.put("colonne.siret", "1");
            columns.put("colonne.street", "2");
            columns.put("colonne.postalCode", "3");
            columns.put("colonne.communeCode", "4");
            columns.put("colonne.email", "5");
            columns.put("colonne.phone", "6");
            columns.put("colonne.website", "7");
            Http.Answer confirmed = context.http().postForm(mapping, mapping + "/confirmer", columns, me.sessionCookie());
            Matcher job = JOB.matcher(confirmed.location() == null ? "" : confirmed.location());
            if (!job.find()) {
                throw new IllegalStateException("Import not confirmed: HTTP " + confirmed.status() + " to "
                        + confirmed.location());
            }
            double confirmedAt = (System.nanoTime() - start) / 1e9;
            String jobPage = "/espaces/" + workspace + "/annuaire/import/suivi/" + job.group(1);
            String text;
            do {
                Thread.sleep(500);
                text = context.http().get(jobPage, Map.of("Cookie", me.sessionCookie())).text();
            } while (!text.contains("Import terminé") && !text.contains("Import échoué"));
            double seconds = (System.nanoTime() - start) / 1e9;
            Matcher created = CREATED.matcher(text);
            long createdRows = created.find() ? Long.parseLong(created.group(1).replaceAll("\\D", "")) : -1;
            report.set("import_csv", Json.object().put("rows", written).put("bytes", content.length)
                    .put("status", text.contains("Import terminé") ? "finished" : "failed")
                    .put("created", createdRows).put("upload_and_confirm_s", Figures.round(confirmedAt))
                    .put("seconds", Figures.round(seconds)).put("rows_per_s", Figures.round(written / seconds))
                    .put("heap_peak_mb", Figures.round(heap.peakMb())));
        }
    }

    /** 50,000 new organisations made from the generated ones: other names, another establishment (NIC) of their SIREN. */
    static int importFile(Path generated, Path out) throws IOException {
        CSVFormat in = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        int count = 0;
        try (Reader reader = Files.newBufferedReader(generated, StandardCharsets.UTF_8);
                Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            csv.printRecord("Nom", "SIRET", "Adresse", "Code postal", "Code Insee", "Courriel", "Téléphone", "Site");
            for (CSVRecord row : in.parse(reader)) {
                if (count == IMPORT_ROWS) {
                    break;
                }
                String siren = row.get("siren");
                String siret = siren.isBlank() || siren.startsWith("356") ? "" : siret(siren, 99_001);
                csv.printRecord("Antenne " + (count + 1) + " — " + row.get("nom"), siret, row.get("adresse"),
                        row.get("code_postal"), row.get("commune_insee"), row.get("courriel"), row.get("telephone"),
                        row.get("site_web"));
                count++;
            }
        }
        return count;
    }

    /** A SIRET: SIREN + NIC (4 digits) + the Luhn check digit. */
    static String siret(String siren, int nic) {
        String body = siren + String.format("%04d", nic % 10_000);
        for (int digit = 0; digit < 10; digit++) {
            if (luhn(body + digit)) {
                return body + digit;
            }
        }
        throw new IllegalStateException();
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static long download(String url, String cookie, Path target) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(30)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Export: HTTP " + response.statusCode());
        }
        try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(target)) {
            return in.transferTo(out);
        }
    }

    /** Rows of the first sheet of an XLSX file, header included, counted from its XML. */
    private static long rows(Path xlsx) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).findFirst().orElseThrow();
            long rows = 0;
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] buffer = new byte[1 << 16];
                byte[] tag = "<row ".getBytes(StandardCharsets.US_ASCII);
                int matched = 0;
                int read;
                while ((read = in.read(buffer)) > 0) {
                    for (int i = 0; i < read; i++) {
                        matched = buffer[i] == tag[matched] ? matched + 1 : (buffer[i] == tag[0] ? 1 : 0);
                        if (matched == tag.length) {
                            rows++;
                            matched = 0;
                        }
                    }
                }
            }
            return rows;
        }
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            count++;
        }
        return count;
    }

    static String markdown(ObjectNode report) {
        var search = report.path("api_search");
        var dedup = report.path("duplicates");
        var export = report.path("export_xlsx");
        var imported = report.path("import_csv");
        return """
                ## Directory targets (heap %s for search, duplicates and export; %s for the import)

                | measure | figure | target |
                |---|---:|---|
                | API full-text search, p50 / p95 / p99 (%d queries rotated, %s req/s, %s errors) | %s / %s / %s ms | p95 < 50 ms |
                | duplicate detection over every organisation (duplicates page, median of 3) | %s ms | time |
                | XLSX export of every organisation: rows (header included), size, time | %s rows, %s MB, %s s | bounded heap at -Xmx256m |
                | heap peak during the export | %s MB | < 256 MB |
                | CSV import of %s new organisations (upload to end of job): %s, %s created | %s s, %s rows/s | rows/s |
                | heap peak during the import | %s MB | < 512 MB |
                """.formatted(report.path("heap_search_duplicates_export").asString("?"),
                report.path("heap_import").asString("?"), search.path("queries").asInt(),
                search.path("throughput").asString(), search.path("errors").asString(), search.path("p50_ms").asString(),
                search.path("p95_ms").asString(), search.path("p99_ms").asString(), dedup.path("median_ms").asString(),
                export.path("rows").asString(), Figures.round(export.path("bytes").asLong() / 1e6),
                export.path("seconds").asString(), export.path("heap_peak_mb").asString(),
                imported.path("rows").asString(), imported.path("status").asString(),
                imported.path("created").asString(), imported.path("seconds").asString(),
                imported.path("rows_per_s").asString(), imported.path("heap_peak_mb").asString());
    }

    /** Samples the application's heap with {@code jstat -gc <pid> 250} while it is open. */
    static final class HeapSampler implements AutoCloseable {

        private final Process process;
        private final Thread reader;
        private final AtomicLong peakKb = new AtomicLong();

        private HeapSampler(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "heap-sampler");
            reader.setDaemon(true);
            reader.start();
        }

        static HeapSampler start(long pid) throws IOException {
            return new HeapSampler(new ProcessBuilder("jstat", "-gc", Long.toString(pid), "250")
                    .redirectErrorStream(true).start());
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String[] header = null;
                String line;
                while ((line = lines.readLine()) != null) {
                    String[] cells = line.trim().split("\\s+");
                    if (cells.length > 0 && cells[0].equals("S0C")) {
                        header = cells;
                    } else if (header != null && cells.length == header.length) {
                        double used = 0;
                        for (int i = 0; i < header.length; i++) {
                            if (List.of("S0U", "S1U", "EU", "OU").contains(header[i])) {
                                used += Double.parseDouble(cells[i].replace(',', '.'));
                            }
                        }
                        long kb = (long) used;
                        peakKb.accumulateAndGet(kb, Math::max);
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // The sampler stops; the peak so far stands.
            }
        }

        double peakMb() {
            return peakKb.get() / 1024.0;
        }

        @Override
        public void close() throws InterruptedException {
            Thread.sleep(300);
            process.destroy();
            reader.join(2000);
        }
    }
}
