package fr.maillage.bench.measure;

import fr.maillage.bench.Json;
import java.util.Arrays;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one measurement gives, whoever the client (wrk for HTTP, pgbench for PostgreSQL): requests
 * done, throughput, latency percentiles in milliseconds, errors.
 *
 * @param errors connection, read, write and timeout errors plus responses with an error status
 */
public record Figures(long requests, double seconds, double p50, double p95, double p99, double mean, double max,
        long errors, long bytes) {

    public double throughput() {
        return seconds <= 0 ? 0 : requests / seconds;
    }

    /** Reads the line wrk's done() printed (latencies in microseconds). */
    public static Figures ofWrk(JsonNode line) {
        JsonNode e = line.path("errors");
        long errors = e.path("connect").asLong() + e.path("read").asLong() + e.path("write").asLong()
                + e.path("timeout").asLong() + e.path("status").asLong();
        return new Figures(line.path("requests").asLong(), line.path("duration_us").asDouble() / 1e6,
                line.path("p50_us").asDouble() / 1000, line.path("p95_us").asDouble() / 1000,
                line.path("p99_us").asDouble() / 1000, line.path("mean_us").asDouble() / 1000,
                line.path("max_us").asDouble() / 1000, errors, line.path("bytes").asLong());
    }

    /** Computes the figures from individual latencies in microseconds over a run of {@code seconds}. */
    public static Figures ofLatencies(long[] micros, double seconds, long errors) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1000;
        double max = sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0;
        return new Figures(sorted.length, seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), mean, max, errors, 0);
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
    }

    public ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("requests", requests);
        node.put("seconds", round(seconds));
        node.put("throughput_per_s", round(throughput()));
        node.put("p50_ms", round(p50));
        node.put("p95_ms", round(p95));
        node.put("p99_ms", round(p99));
        node.put("mean_ms", round(mean));
        node.put("max_ms", round(max));
        node.put("errors", errors);
        if (bytes > 0) {
            node.put("bytes", bytes);
        }
        return node;
    }

    /**
     * The machine's load average over the last minute (from /proc/loadavg), or -1 where there is
     * none: the report shows it beside each measurement, because on a shared machine other work
     * explains much of the drift of absolute figures.
     */
    public static double loadAverage() {
        try {
            String text = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"));
            return Double.parseDouble(text.split(" ")[0]);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    /** A ratio to the floor, to three significant digits (0.00312, 0.0791, 32.4). */
    public static double ratio(double value, double floor) {
        if (floor <= 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return 0;
        }
        return new java.math.BigDecimal(value / floor).round(new java.math.MathContext(3)).doubleValue();
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
