package fr.maillage.bench.measure;

import fr.maillage.bench.Args;
import fr.maillage.bench.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code memory} measurement of the running application: heap in use as it is (jstat), heap
 * still in use after a full collection (the live data: what the data set really costs), metaspace,
 * and the process's resident memory now and at its peak (/proc).
 */
public final class MemoryCommand {

    private MemoryCommand() {
    }

    public static ObjectNode run(Args args) throws Exception {
        long pid = args.number("pid", -1);
        String label = args.get("label", "after");
        ObjectNode report = Json.object().put("label", label).put("heap_max", args.get("heap", "?"))
                .put("taken_at", System.currentTimeMillis());
        Map<String, Double> now = jstat(pid);
        report.put("heap_used_mb", mb(heapUsed(now)));
        report.put("metaspace_used_mb", mb(now.getOrDefault("MU", 0.0)));
        command(List.of("jcmd", String.valueOf(pid), "GC.run"));
        Thread.sleep(1000);
        report.put("heap_live_mb", mb(heapUsed(jstat(pid))));
        Map<String, String> status = procStatus(pid);
        report.put("rss_mb", mb(kilobytes(status.get("VmRSS"))));
        report.put("rss_peak_mb", mb(kilobytes(status.get("VmHWM"))));
        Json.write(report, args.path("run").resolve("memory-" + label.replaceAll("\\W+", "-") + ".json"));
        return report;
    }

    private static double heapUsed(Map<String, Double> gc) {
        return gc.getOrDefault("S0U", 0.0) + gc.getOrDefault("S1U", 0.0) + gc.getOrDefault("EU", 0.0)
                + gc.getOrDefault("OU", 0.0);
    }

    /** {@code jstat -gc}: a header line and a value line, sizes in kilobytes. */
    private static Map<String, Double> jstat(long pid) throws IOException, InterruptedException {
        List<String> lines = command(List.of("jstat", "-gc", String.valueOf(pid))).lines()
                .filter(l -> !l.isBlank()).toList();
        String[] names = lines.get(0).trim().split("\\s+");
        String[] values = lines.get(1).trim().split("\\s+");
        Map<String, Double> gc = new HashMap<>();
        for (int i = 0; i < Math.min(names.length, values.length); i++) {
            try {
                gc.put(names[i], Double.parseDouble(values[i].replace(',', '.')));
            } catch (NumberFormatException e) {
                gc.put(names[i], 0.0);
            }
        }
        return gc;
    }

    private static Map<String, String> procStatus(long pid) throws IOException {
        Map<String, String> status = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                status.put(line.substring(0, colon), line.substring(colon + 1).trim());
            }
        }
        return status;
    }

    private static double kilobytes(String value) {
        return value == null ? 0 : Double.parseDouble(value.replace("kB", "").trim());
    }

    private static double mb(double kilobytes) {
        return Math.round(kilobytes / 1024 * 10) / 10.0;
    }

    private static String command(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
