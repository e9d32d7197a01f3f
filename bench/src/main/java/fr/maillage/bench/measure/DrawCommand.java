package fr.maillage.bench.measure;

import tools.jackson.databind.node.ObjectNode;
import fr.maillage.MaillageApplication;
import fr.maillage.bench.Args;
import fr.maillage.bench.Json;
import fr.maillage.bench.dataset.ParticipationGenerator;
import fr.maillage.participation.Council;
import fr.maillage.participation.CouncilDetails;
import fr.maillage.participation.CouncilKind;
import fr.maillage.participation.DrawCitizenCouncil;
import fr.maillage.participation.FairDraw;
import fr.maillage.participation.ParticipationManagement;
import fr.maillage.participation.VolunteerDetails;
import fr.maillage.participation.VolunteerPool;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code draw} command (issue 7, "Measured"): a draw of 40 seats among 20,000 volunteers with
 * three quota dimensions (gender × 4 age bands × 5 quartiers = 40 cells, seats proposed in proportion
 * to the pool). Two figures, each the median, p95 and max of {@code --runs} draws with a different
 * seed phrase: the algorithm alone (shortfall check, shuffle of every cell, anonymised list and its
 * SHA-256), and the whole use case as the page and the API run it ({@link DrawCitizenCouncil#draw}:
 * reading the pool from the database, drawing, recording the draw, its 40 cells and its entries),
 * in the application's own context on the given database (by default an in-memory H2 database).
 */
public final class DrawCommand {

    private DrawCommand() {
    }

    public static ObjectNode run(Args args) throws Exception {
        int volunteers = Integer.parseInt(args.get("volunteers", "20000"));
        int seats = Integer.parseInt(args.get("seats", "40"));
        int runs = Integer.parseInt(args.get("runs", "20"));
        List<VolunteerDetails> rows = ParticipationGenerator.volunteers(volunteers, 20261122L);
        List<FairDraw.Candidate> pool = ParticipationGenerator.candidates(rows);
        ObjectNode report = Json.object();
        report.put("volunteers", volunteers).put("seats", seats).put("runs", runs)
                .put("cpus", Runtime.getRuntime().availableProcessors())
                .put("loadAverage", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        report.set("algorithm", algorithm(pool, seats, runs));
        report.set("useCase", useCase(args, rows, seats, runs));
        Path out = args.path("run").resolve("draw.json");
        Files.createDirectories(out.getParent());
        Json.write(report, out);
        System.out.println(report.toPrettyString());
        return report;
    }

    private static ObjectNode algorithm(List<FairDraw.Candidate> pool, int seats, int runs) {
        List<FairDraw.Cell> cells = cells(pool, seats);
        List<Long> times = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        for (int i = -5; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            FairDraw.shortfalls(pool, cells);
            FairDraw.Result result = FairDraw.draw(pool, cells, 1, "bench " + i);
            if (result.drawn().size() != seats) {
                throw new IllegalStateException("drew " + result.drawn().size());
            }
            if (i >= 0) {
                times.add(System.nanoTime() - start);
                cpu.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
            }
        }
        return figures(times).put("cpuMedianMs", median(cpu)).put("cells", cells.size());
    }

    private static ObjectNode useCase(Args args, List<VolunteerDetails> rows, int seats, int runs) throws Exception {
        Path data = Files.createTempDirectory("bench-draw");
        String[] settings = {"--spring.datasource.url=" + args.get("jdbc",
                "jdbc:h2:mem:bench-draw;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"),
            "--spring.datasource.username=" + args.get("db-user", "sa"),
            "--spring.datasource.password=" + args.get("db-password", ""),
            "--maillage.data-dir=" + data, "--spring.main.banner-mode=off", "--logging.level.root=WARN",
            "--server.port=0", "--server.address=127.0.0.1"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MaillageApplication.class)
                .run(settings)) {
            Workspace workspace = context.getBean(WorkspaceManagement.class).create(WorkspaceType.CONTRAT_DE_VILLE,
                    "Contrat de ville du banc d'essai", null, null, null);
            ParticipationManagement participation = context.getBean(ParticipationManagement.class);
            DrawCitizenCouncil draws = context.getBean(DrawCitizenCouncil.class);
            Council council = participation.createCouncil(workspace.getId(), new CouncilDetails(
                    CouncilKind.CONSEIL_CITOYEN, "Conseil citoyen du banc d'essai", null, ParticipationGenerator.QUARTIERS,
                    null, null, seats, 10, true, Map.of(), Map.of()));
            VolunteerPool pool = participation.createPool(workspace.getId(), council.getId(), "Vivier national", null);
            long loadStart = System.nanoTime();
            for (int from = 0; from < rows.size(); from += 1000) {
                participation.addVolunteers(workspace.getId(), pool.getId(), rows.subList(from, Math.min(rows.size(), from + 1000)));
            }
            long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
            List<FairDraw.Cell> cells = draws.proposeCells(workspace.getId(), pool.getId(), seats,
                    new DrawCitizenCouncil.Dimensions(true, true, true));
            List<Long> times = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            for (int i = -3; i < runs; i++) {
                long start = System.nanoTime();
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                var draw = draws.draw(workspace.getId(), pool.getId(), cells, 1, "bench " + i, "bench");
                if (i >= 0) {
                    times.add(System.nanoTime() - start);
                    cpu.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
                }
                if (draw.getSeats() != seats) {
                    throw new IllegalStateException("drew " + draw.getSeats());
                }
            }
            return figures(times).put("cpuMedianMs", median(cpu)).put("cells", cells.size()).put("poolLoadMs", loadMillis)
                    .put("database", args.get("jdbc", "H2 in memory"));
        }
    }

    /** 40 cells: gender × age band × quartier, seats in proportion to the pool, parity. */
    private static List<FairDraw.Cell> cells(List<FairDraw.Candidate> pool, int seats) {
        List<FairDraw.Cell> shapes = new ArrayList<>();
        for (String g : List.of("F", "H")) {
            for (var a : fr.maillage.participation.AgeBand.values()) {
                for (String q : ParticipationGenerator.QUARTIERS) {
                    shapes.add(new FairDraw.Cell(g, a.code(), q, 1));
                }
            }
        }
        return seats == shapes.size() ? shapes : shapes.subList(0, Math.min(seats, shapes.size()));
    }

    /** CPU time of this thread: what the draw costs whatever else the machine runs. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static ObjectNode figures(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        ObjectNode node = Json.object();
        node.put("medianMs", sorted.get(sorted.size() / 2) / 1e6);
        node.put("p95Ms", sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6);
        node.put("maxMs", sorted.get(sorted.size() - 1) / 1e6);
        return node;
    }
}
