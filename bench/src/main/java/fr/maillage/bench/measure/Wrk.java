package fr.maillage.bench.measure;

import fr.maillage.bench.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs wrk (Debian's package) with the harness's Lua script: warm-ups whose figures are dropped,
 * and measured runs, whose figures the script prints as JSON.
 */
public final class Wrk {

    private final Path script;
    private final Load load;

    public Wrk(Path script, Load load) {
        this.script = script;
        this.load = load;
    }

    /** Whether wrk is installed. */
    public static boolean available() {
        try {
            Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Drives one URL (or a rotation of {@code paths}) for the warm-up time; the figures are dropped. */
    public void warmUp(String url, Map<String, String> headers, List<String> paths)
            throws IOException, InterruptedException {
        if (load.warmupSeconds() > 0) {
            withPaths(paths, file -> run(url, headers, file, load.warmupSeconds()));
        }
    }

    /**
     * Measures one URL, or rotates through {@code paths} (then {@code url} only names the server),
     * for the measured time; call {@link #warmUp} first.
     */
    public Figures measure(String url, Map<String, String> headers, List<String> paths)
            throws IOException, InterruptedException {
        return withPaths(paths, file -> run(url, headers, file, load.seconds()));
    }

    private interface WithPaths {
        Figures run(Path pathsFile) throws IOException, InterruptedException;
    }

    private static Figures withPaths(List<String> paths, WithPaths action) throws IOException, InterruptedException {
        Path pathsFile = null;
        if (paths != null && !paths.isEmpty()) {
            pathsFile = Files.createTempFile("bench-paths", ".txt");
            Files.write(pathsFile, paths, StandardCharsets.UTF_8);
        }
        try {
            return action.run(pathsFile);
        } finally {
            if (pathsFile != null) {
                Files.deleteIfExists(pathsFile);
            }
        }
    }

    private Figures run(String url, Map<String, String> headers, Path pathsFile, int seconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t", String.valueOf(load.threads()), "-c",
                String.valueOf(Math.max(load.connections(), load.threads())), "-d", seconds + "s", "--timeout",
                "10s", "-s", script.toString()));
        headers.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
        command.add(url);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("BENCH_PATHS", pathsFile == null ? "" : pathsFile.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk did not stop");
        }
        return output.lines().filter(l -> l.startsWith("BENCH_JSON ")).findFirst()
                .map(l -> Figures.ofWrk(Json.parse(l.substring("BENCH_JSON ".length()))))
                .orElseThrow(() -> new IllegalStateException("wrk gave no figures: " + output));
    }
}
