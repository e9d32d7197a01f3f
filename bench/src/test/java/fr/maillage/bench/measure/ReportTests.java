package fr.maillage.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.bench.Json;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ReportTests {

    @Test
    void the_startup_figures_are_read_from_the_application_log() {
        String log = """
                2026-11-22T05:21:40Z  INFO 1 --- [main] f.m.territory.TerritoryLoader : Territorial reference loaded \
                from territory/cog-2026.tsv.gz: 18 régions, 101 départements, 1254 EPCI, 34969 communes in 2203 ms
                2026-11-22T05:21:43Z  INFO 1 --- [main] fr.maillage.MaillageApplication : Started MaillageApplication \
                in 52.088 seconds (process running for 53.1)
                2026-11-22T05:21:44Z  INFO 1 --- [territory-indexer] f.m.territory.TerritoryLoader : Communes' search \
                index built: 34969 communes in 4293 ms
                """;
        ObjectNode startup = StartupCommand.parse(log);
        assertThat(startup.path("cog_load_ms").asLong()).isEqualTo(2203);
        assertThat(startup.path("started_s").asDouble()).isEqualTo(52.088);
        assertThat(startup.path("indexes").get(0).path("index").asString()).isEqualTo("Communes'");
        assertThat(startup.path("indexes").get(0).path("ms").asLong()).isEqualTo(4293);
    }

    @Test
    void the_markdown_report_shows_ratios_and_says_which_pages_are_not_available_yet() {
        ObjectNode report = Json.object();
        report.putObject("settings").put("scenario", "pages").put("size", "smoke");
        ObjectNode pages = report.putObject("pages");
        var entries = pages.putArray("entries");
        ObjectNode home = entries.addObject().put("name", "home").put("label", "Accueil").put("status", "measured")
                .put("path", "/").put("bytes", 5000).put("throughput_ratio", 0.25);
        home.set("page", new Figures(1000, 10, 5, 9, 12, 6, 30, 0, 0).toJson());
        home.set("floor", new Figures(4000, 10, 1, 2, 3, 1.5, 8, 0, 0).toJson());
        entries.addObject().put("name", "organisation").put("label", "Page d'une organisation")
                .put("status", "not available yet");
        String markdown = ReportMarkdown.render(report);
        assertThat(markdown).contains("scenario `pages`, size `smoke`")
                .contains("| Accueil | `/` | 5000 | 100.0 | 5.00 ms | 9.00 ms | 12.00 ms | 0 | 400.0 | 1.00 ms "
                        + "| 0.25 |")
                .contains("| Page d'une organisation | – | not available yet |");
    }
}
