package fr.maillage.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTests {

    private static final Path SCENARIOS = Path.of("bench/scenarios");

    @Test
    void the_pages_scenario_names_every_page_the_issue_asks_for() throws IOException {
        List<Target> pages = Target.read(SCENARIOS.resolve("pages.tsv"));
        assertThat(pages).extracting(Target::name).contains("public_home", "home", "workspace_dashboard",
                "territory_search", "commune_api", "directory_list", "directory_search", "organisation",
                "directory_api", "application", "public_portal");
        // Every module is in the build: no line waits for its page any more.
        assertThat(pages).filteredOn(t -> !t.exists()).extracting(Target::name).isEmpty();
        assertThat(pages).allSatisfy(t -> assertThat(t.label()).isNotBlank());
    }

    @Test
    void the_search_scenario_and_its_queries_are_readable() throws IOException {
        assertThat(Target.read(SCENARIOS.resolve("search.tsv"))).extracting(Target::path)
                .allSatisfy(p -> assertThat(p).contains("{query}"));
        RunContext context = new RunContext(new Http("http://127.0.0.1:1"), Path.of("."), Path.of("bench"),
                new Load(8, 2, 20, 10));
        assertThat(context.queries()).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates()
                .allSatisfy(q -> assertThat(q).isLowerCase());
    }

    @Test
    void placeholders_are_filled_url_encoded_and_missing_ones_are_named() {
        Target target = new Target("t", "session", "/espaces/{workspaceId}?q={query}", "T");
        assertThat(target.resolve(Map.of("workspaceId", "12", "query", "saint denis")))
                .isEqualTo("/espaces/12?q=saint+denis");
        assertThat(target.missing(Map.of("query", "x"))).containsExactly("workspaceId");
    }

    @Test
    void each_authentication_sends_its_own_header() {
        Target.Credentials credentials = new Target.Credentials("JSESSIONID=abc", "secret");
        assertThat(new Target("a", "none", "/", "A").headers(credentials)).isEmpty();
        assertThat(new Target("a", "session", "/", "A").headers(credentials)).containsEntry("Cookie", "JSESSIONID=abc");
        assertThat(new Target("a", "token", "/", "A").headers(credentials))
                .containsEntry("Authorization", "Bearer secret");
    }

    @Test
    void a_malformed_line_is_refused_with_its_content(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("bad.tsv");
        Files.writeString(file, "# comment\nhome\tcookie\t/\tAccueil\n");
        assertThatThrownBy(() -> Target.read(file)).hasMessageContaining("unknown auth 'cookie'");
    }
}
