package fr.maillage.bench.measure;

import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The Markdown page of a report: what was run, then one table per measurement, ratios to the
 * floor in the last column.
 */
final class ReportMarkdown {

    private final StringBuilder md = new StringBuilder();

    private ReportMarkdown() {
    }

    static String render(JsonNode report) {
        ReportMarkdown page = new ReportMarkdown();
        page.header(report.path("settings"));
        page.load(report.path("generation"), report.path("startup"), report.path("reindex"));
        page.memory(report.path("memory"));
        page.pages(report.path("pages"));
        page.publicHome(report.path("pages_public_home"));
        page.search(report.path("search"));
        page.imports(report.path("import"));
        page.timed(report.path("governance"), report.path("funding"), report.path("timed"));
        return page.md.toString();
    }

    private void header(JsonNode settings) {
        line("# Maillage benchmark: scenario `" + settings.path("scenario").asString("?") + "`, size `"
                + settings.path("size").asString("?") + "`");
        line("");
        line("Run " + settings.path("date").asString("?") + " on " + settings.path("machine").asString("?")
                + "; Java " + settings.path("java").asString("?") + ", PostgreSQL "
                + settings.path("postgresql").asString("?") + ", application heap `-Xmx"
                + settings.path("heap").asString("?") + "`, " + settings.path("connections").asString("?")
                + " concurrent clients on " + settings.path("threads").asString("?") + " threads, "
                + settings.path("warmup").asString("?") + " s warm-up then " + settings.path("duration").asString("?")
                + " s measured per line.");
        line("");
        line("Ratios to the floor are what to compare from run to run: absolute figures drift on a shared "
                + "machine, ratios measured in the same run much less. The machine's load average (1 minute) was "
                + settings.path("load_start").asString("?") + " at the start of the run and "
                + settings.path("load_end").asString("?") + " at its end; the *load* columns give it at each "
                + "measurement (above the number of cores, other work was competing for them).");
        line("");
    }

    private void load(JsonNode generation, JsonNode startups, JsonNode reindex) {
        if (generation.isMissingNode() && startups.isEmpty()) {
            return;
        }
        line("## Data: generation, loading, indexing");
        line("");
        line("| step | time | detail |");
        line("|---|---:|---|");
        for (JsonNode startup : startups) {
            String label = startup.path("label").asString();
            if (startup.has("cog_load_ms")) {
                row("Territorial reference (COG) loaded by the application, " + label, ms(startup.path("cog_load_ms")),
                        startup.path("cog_communes").asLong() + " communes");
            }
            for (JsonNode index : startup.path("indexes")) {
                row("Search index built (mass indexer), " + label, ms(index.path("ms")),
                        index.path("index").asString() + ": " + index.path("documents").asLong() + " "
                                + index.path("unit").asString());
            }
            if (startup.has("started_s")) {
                row("Application start, " + label, startup.path("started_s").asDouble() + " s", "");
            }
        }
        if (!generation.isMissingNode()) {
            row("Generation (size " + generation.path("size").asString() + ", seed " + generation.path("seed").asLong()
                    + ")", ms(generation.path("generation_ms")), "workspaces " + generation.path("workspaces"));
            StringBuilder rows = new StringBuilder();
            generation.path("rows").properties().forEach(e -> rows.append(e.getKey()).append(' ')
                    .append(e.getValue().asLong()).append(", "));
            row("Loading with COPY (one transaction per table, then setval and analyze)",
                    ms(generation.path("load_ms")), rows.toString().replaceAll(", $", ""));
            JsonNode csv = generation.path("csv");
            row("Organisations and contacts, also as CSV files", "–", csv.path("organisations").asLong()
                    + " organisations of which " + csv.path("carriers").asLong() + " carriers, "
                    + csv.path("contacts").asLong() + " contacts" + (csv.path("loaded").asBoolean()
                            ? ", loaded above" : ": not loaded, this build has no directory module"));
        }
        if (!reindex.isMissingNode()) {
            row("Every search index rebuilt by the mass indexer after loading", ms(reindex.path("ms")),
                    reindex.path("entities").toString().replace("\"", ""));
        }
        line("");
    }

    private void memory(JsonNode memory) {
        if (memory.isEmpty()) {
            return;
        }
        line("## Application memory");
        line("");
        line("| when | heap max | heap used | heap live (after full GC) | metaspace | RSS | RSS peak |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        for (JsonNode m : memory) {
            line("| " + m.path("label").asString() + " | " + m.path("heap_max").asString() + " | "
                    + m.path("heap_used_mb").asDouble() + " MB | " + m.path("heap_live_mb").asDouble() + " MB | "
                    + m.path("metaspace_used_mb").asDouble() + " MB | " + m.path("rss_mb").asDouble() + " MB | "
                    + m.path("rss_peak_mb").asDouble() + " MB |");
        }
        line("");
    }

    private void pages(JsonNode pages) {
        if (pages.isMissingNode()) {
            return;
        }
        line("## Pages and API calls, against the static floor");
        line("");
        line("Floor: a static file of exactly the same bytes served by the same application. Ratio = page "
                + "throughput ÷ floor throughput (1 would be as fast as a static file).");
        line("");
        line("| page | path | bytes | req/s | p50 | p95 | p99 | errors | floor req/s | floor p50 | ratio | load |");
        line("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (JsonNode entry : pages.path("entries")) {
            if (!entry.path("status").asString().equals("measured")) {
                line("| " + entry.path("label").asString() + " | " + entry.path("path").asString("–") + " | "
                        + entry.path("status").asString() + reason(entry) + " ||||||||||");
                continue;
            }
            JsonNode page = entry.path("page");
            JsonNode floor = entry.path("floor");
            line("| " + entry.path("label").asString() + " | `" + entry.path("path").asString() + "` | "
                    + entry.path("bytes").asLong() + " | " + num(page.path("throughput_per_s")) + " | "
                    + ms(page.path("p50_ms")) + " | " + ms(page.path("p95_ms")) + " | " + ms(page.path("p99_ms"))
                    + " | "
                    + page.path("errors").asLong() + " | " + (floor.isMissingNode() ? entry.path("floor_status")
                            .asString("–") : num(floor.path("throughput_per_s"))) + " | "
                    + (floor.isMissingNode() ? "–" : ms(floor.path("p50_ms"))) + " | "
                    + entry.path("throughput_ratio").asString("–") + " | " + entry.path("load_average").asString("–")
                    + " |");
        }
        line("");
    }

    /** The public home page alone under more concurrent clients (issue 8: 32). */
    private void publicHome(JsonNode pages) {
        for (JsonNode entry : pages.path("entries")) {
            if (!entry.path("status").asString().equals("measured")) {
                continue;
            }
            JsonNode page = entry.path("page");
            line("## " + entry.path("label").asString() + " under " + pages.path("load").path("connections").asString()
                    + " concurrent clients");
            line("");
            line("| path | req/s | p50 | p95 | p99 | errors | floor req/s | ratio | load |");
            line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            line("| `" + entry.path("path").asString() + "` | " + num(page.path("throughput_per_s")) + " | "
                    + ms(page.path("p50_ms")) + " | " + ms(page.path("p95_ms")) + " | " + ms(page.path("p99_ms")) + " | "
                    + page.path("errors").asLong() + " | " + num(entry.path("floor").path("throughput_per_s")) + " | "
                    + entry.path("throughput_ratio").asString("–") + " | " + entry.path("load_average").asString("–")
                    + " |");
            line("");
        }
    }

    private void search(JsonNode search) {
        if (search.isMissingNode()) {
            return;
        }
        JsonNode pg = search.path("postgresql");
        line("## Search, against PostgreSQL's French full-text search");
        line("");
        line(search.path("queries").size() + " queries in turn (" + search.path("queries").toString()
                .replace("\"", "") + "). Floor: the same queries with `to_tsvector('french', …)` in PostgreSQL ("
                + (pg.path("unaccent").asBoolean() ? "accents folded by `unaccent`, " : "")
                + "GIN index), driven by pgbench with the same clients. Latency ratio = application ÷ PostgreSQL "
                + "(1 would be as fast as the database alone).");
        line("");
        line("| search | req/s | p50 | p95 | p99 | errors | p50 ratio | p95 ratio | load |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        if (pg.has("figures")) {
            JsonNode f = pg.path("figures");
            line("| PostgreSQL full-text (floor) | " + num(f.path("throughput_per_s")) + " | " + ms(f.path("p50_ms"))
                    + " | " + ms(f.path("p95_ms")) + " | " + ms(f.path("p99_ms")) + " | " + f.path("errors").asLong()
                    + " | 1 | 1 | " + pg.path("load_average").asString("–") + " |");
        } else {
            line("| PostgreSQL full-text (floor) | " + pg.path("status").asString("not measured") + " ||||||||");
        }
        for (JsonNode entry : search.path("entries")) {
            if (!entry.path("status").asString().equals("measured")) {
                line("| " + entry.path("label").asString() + " | " + entry.path("status").asString() + reason(entry)
                        + " ||||||||");
                continue;
            }
            JsonNode a = entry.path("app");
            line("| " + entry.path("label").asString() + " (`" + entry.path("path").asString() + "`) | "
                    + num(a.path("throughput_per_s")) + " | " + ms(a.path("p50_ms")) + " | " + ms(a.path("p95_ms"))
                    + " | " + ms(a.path("p99_ms")) + " | " + a.path("errors").asLong() + " | "
                    + entry.path("p50_ratio").asString("–") + " | " + entry.path("p95_ratio").asString("–") + " | "
                    + entry.path("load_average").asString("–") + " |");
        }
        line("");
    }

    private void imports(JsonNode imports) {
        if (imports.isMissingNode()) {
            return;
        }
        line("## Import, against PostgreSQL's COPY of the same file");
        line("");
        line("QPV list of " + imports.path("rows").asLong() + " rows (" + imports.path("bytes").asLong()
                + " bytes) uploaded through the application's import form; floor: `COPY` of the same file into a "
                + "plain table (median of " + imports.path("copy").path("runs").asLong() + "). Ratio = application "
                + "rows/s ÷ COPY rows/s.");
        line("");
        line("| import | time | rows/s | ratio |");
        line("|---|---:|---:|---:|");
        importRow("First import (creates every QPV)", imports.path("first_import"), imports.path("rows_per_s_ratio"));
        importRow("Same file again (every QPV unchanged)", imports.path("second_import"), null);
        JsonNode copy = imports.path("copy");
        line("| PostgreSQL COPY (floor) | " + ms(copy.path("median_ms")) + " | " + num(copy.path("rows_per_s"))
                + " | 1 |");
        line("");
    }

    private void importRow(String label, JsonNode result, JsonNode ratio) {
        if (result.isMissingNode()) {
            return;
        }
        if (!result.path("status").asString().equals("measured")) {
            line("| " + label + " | " + result.path("status").asString() + reason(result) + " |||");
            return;
        }
        line("| " + label + " | " + ms(result.path("ms")) + " | " + num(result.path("rows_per_s")) + " | "
                + (ratio == null || ratio.isMissingNode() ? "–" : ratio.asString()) + " |");
    }

    /** Requests timed one at a time (not under concurrent load): governance's and funding's. */
    private void timed(JsonNode governance, JsonNode funding, JsonNode pages) {
        boolean any = governance.isObject() && governance.has("convene_60_members")
                || funding.isObject() && funding.has("national_totals") || !pages.path("entries").isEmpty();
        if (!any) {
            return;
        }
        line("## Actions timed one at a time");
        line("");
        line("Each timed from the client, one request at a time after a warm-up (no concurrent clients).");
        line("");
        line("| action | runs | median | p95 | max | detail |");
        line("|---|---:|---:|---:|---:|---|");
        timedRow("Convening a 60-member meeting (60 e-mails queued)", governance.path("convene_60_members"), "");
        timedRow("Minutes PDF of a 20-item meeting", governance.path("minutes_pdf_20_items"), "");
        JsonNode totals = funding.path("national_totals");
        timedRow("National totals by funder (API, year " + totals.path("year").asString() + ")", totals,
                totals.path("funders").asString() + " funders");
        for (JsonNode entry : pages.path("entries")) {
            timedRow(entry.path("label").asString() + " (`" + entry.path("path").asString() + "`)", entry, "");
        }
        JsonNode scdl = funding.path("scdl_export");
        if (!scdl.isMissingNode()) {
            line("| National SCDL export (" + scdl.path("funder").asString() + ", " + scdl.path("year").asString()
                    + ") | 1 | " + scdl.path("seconds").asString() + " s ||| " + scdl.path("rows").asString()
                    + " rows, " + scdl.path("bytes").asLong() / 1024 + " KB, heap peak "
                    + scdl.path("heap_peak_mb").asString() + " MB at -Xmx" + scdl.path("heap_max").asString() + " |");
        }
        line("");
    }

    private void timedRow(String label, JsonNode figures, String detail) {
        if (figures.isMissingNode()) {
            return;
        }
        line("| " + label + " | " + figures.path("runs").asString() + " | " + figures.path("median_ms").asString()
                + " ms | " + figures.path("p95_ms").asString() + " ms | " + figures.path("max_ms").asString() + " ms | "
                + detail + " |");
    }

    private static String reason(JsonNode entry) {
        return entry.has("reason") ? " (" + entry.path("reason").asString() + ")" : "";
    }

    private void row(String step, String time, String detail) {
        line("| " + step + " | " + time + " | " + detail + " |");
    }

    private static String ms(JsonNode value) {
        double ms = value.asDouble();
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.2f ms", ms);
    }

    private static String num(JsonNode value) {
        return String.format(Locale.ROOT, "%.1f", value.asDouble());
    }

    private void line(String text) {
        md.append(text).append('\n');
    }
}
