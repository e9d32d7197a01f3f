package fr.maillage.bench.measure;

import fr.maillage.bench.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs PostgreSQL's own load client, pgbench, on a set of SQL statements (each a script picked at
 * random per transaction) with the same clients, threads, warm-up and duration as wrk, and reads
 * every transaction's latency from its log.
 */
public final class Pgbench {

    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    private final String executable;
    private final Database database;
    private final Load load;

    public Pgbench(String executable, Database database, Load load) {
        this.executable = executable;
        this.database = database;
        this.load = load;
    }

    /** Whether the pgbench executable runs. */
    public boolean available() {
        try {
            Process process = new ProcessBuilder(executable, "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Figures measure(List<String> statements) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("bench-pgbench");
        try {
            List<String> scripts = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                Path script = folder.resolve("q" + i + ".sql");
                Files.writeString(script, statements.get(i) + "\n", StandardCharsets.UTF_8);
                scripts.add(script.toString());
            }
            if (load.warmupSeconds() > 0) {
                run(scripts, load.warmupSeconds(), null);
            }
            String output = run(scripts, load.seconds(), folder.resolve("log"));
            Matcher failed = FAILED.matcher(output);
            long failures = failed.find() ? Long.parseLong(failed.group(1)) : 0;
            return Figures.ofLatencies(latencies(folder), load.seconds(), failures);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private String run(List<String> scripts, int seconds, Path logPrefix) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable, "-n", "-h", database.host(), "-p",
                String.valueOf(database.port()), "-U", database.user(), "-c", String.valueOf(load.connections()),
                "-j", String.valueOf(Math.min(load.threads(), load.connections())), "-T", String.valueOf(seconds)));
        if (logPrefix != null) {
            command.addAll(List.of("-l", "--log-prefix=" + logPrefix));
        }
        scripts.forEach(script -> command.addAll(List.of("-f", script)));
        command.add(database.name());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", database.password());
        if (logPrefix != null) {
            builder.directory(logPrefix.getParent().toFile());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench failed: " + output);
        }
        return output;
    }

    /** The third field of each log line is the transaction's latency in microseconds. */
    private static long[] latencies(Path folder) throws IOException {
        List<Long> values = new ArrayList<>();
        try (Stream<Path> logs = Files.list(folder)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("log.")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    String[] fields = line.split(" ");
                    if (fields.length >= 3) {
                        values.add(Long.parseLong(fields[2]));
                    }
                }
            }
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }
}
