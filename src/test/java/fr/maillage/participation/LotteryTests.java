package fr.maillage.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-committed lottery: the plan's 1000 tickets, its fingerprint whatever the file's line ends
 * and byte order mark, the draw from the phrase, and docs/verifier-tirage.py reading the very files
 * Maillage publishes (when python3 is on this machine).
 */
class LotteryTests {

    static final String PHRASE = "Loto du 12 décembre 2026 : 4 12 25 33 41 chance 7";

    static Sortition.Terms terms() {
        return new Sortition.Terms(LeximinTests.pool(14, 7, true), 4, LeximinTests.quotas(), true);
    }

    @Test
    void the_plan_has_1000_tickets_of_valid_panels_and_the_phrase_picks_one() {
        Sortition.Terms terms = terms();
        Leximin.Distribution d = Leximin.compute(terms, Duration.ofSeconds(30));
        Lottery.Plan plan = Lottery.plan(terms, d);
        assertThat(plan.panels().stream().mapToInt(Lottery.TicketedPanel::tickets).sum()).isEqualTo(1000);
        plan.panels().forEach(p -> assertThat(terms.breaches(p.members())).isEmpty());
        plan.probabilities().forEach((ref, p) -> assertThat(Math.abs(p - d.probabilities().get(ref)))
                .isLessThanOrEqualTo(plan.panels().size() / 1000.0));
        Lottery.Outcome outcome = Lottery.draw(terms, plan, PHRASE, 6);
        assertThat(terms.breaches(outcome.panel())).isEmpty();
        assertThat(outcome.substitutes()).hasSize(6).doesNotContainAnyElementsOf(outcome.panel());
        assertThat(Lottery.draw(terms, plan, "  " + PHRASE + "\n", 6)).isEqualTo(outcome);
        Lottery.Published back = Lottery.read(Lottery.poolText(terms), Lottery.planText(terms, plan));
        assertThat(back.problems()).isEmpty();
        assertThat(Lottery.draw(back.terms(), back.plan(), PHRASE, 6)).isEqualTo(outcome);
    }

    @Test
    void a_re_saved_file_keeps_its_fingerprint_and_a_tampered_one_does_not_conform() {
        Sortition.Terms terms = terms();
        Lottery.Plan plan = Lottery.plan(terms, Leximin.compute(terms, Duration.ofSeconds(30)));
        String pool = Lottery.poolText(terms);
        String resaved = "\uFEFF" + pool.replace("\n", " \r\n") + "\r\n";
        assertThat(Lottery.fingerprint(resaved)).isEqualTo(Lottery.fingerprint(pool)).isEqualTo(FairDraw.digest(pool));
        String planText = Lottery.planText(terms, plan);
        assertThat(Lottery.read(resaved, planText).conforms()).isTrue();
        String duplicated = pool + pool.lines().skip(1).findFirst().orElseThrow() + "\n";
        assertThat(Lottery.read(duplicated, planText).problems()).anyMatch(p -> p.contains("pseudonyme en double"));
        String firstPanel = plan.panels().get(0).members().get(0);
        String stranger = planText.replaceFirst(firstPanel + "( |\n)", "V99999$1");
        assertThat(Lottery.read(pool, stranger).problems()).anyMatch(p -> p.startsWith("panel 1"));
    }

    @Test
    void the_verification_script_reads_the_published_files_and_says_conforme(@TempDir Path dir) throws Exception {
        Path script = Path.of("docs/verifier-tirage.py").toAbsolutePath();
        if (!python()) {
            return;
        }
        Sortition.Terms terms = terms();
        Lottery.Plan plan = Lottery.plan(terms, Leximin.compute(terms, Duration.ofSeconds(30)));
        Path pool = dir.resolve("vivier-gele.csv");
        Path planFile = dir.resolve("plan.txt");
        Files.writeString(pool, "\uFEFF" + Lottery.poolText(terms).replace("\n", "\r\n"), StandardCharsets.UTF_8);
        Files.writeString(planFile, Lottery.planText(terms, plan), StandardCharsets.UTF_8);
        Lottery.Outcome outcome = Lottery.draw(terms, plan, PHRASE, 5);
        List<String> out = run(dir, "python3", script.toString(), "plan", pool.toString(), planFile.toString(), PHRASE, "5");
        assertThat(out).contains("empreinte du vivier   : " + Lottery.fingerprint(Lottery.poolText(terms)),
                "empreinte du plan     : " + Lottery.fingerprint(Lottery.planText(terms, plan)),
                "tirés                 : " + String.join(" ", outcome.panel()),
                "suppléants            : " + String.join(" ", outcome.substitutes()));
        assertThat(out.get(out.size() - 1)).isEqualTo("conforme");
        Files.writeString(pool, Lottery.poolText(terms) + Lottery.poolText(terms).lines().skip(1).findFirst().orElseThrow()
                + "\n", StandardCharsets.UTF_8);
        List<String> duplicated = run(dir, "python3", script.toString(), "plan", pool.toString(), planFile.toString());
        assertThat(duplicated.get(duplicated.size() - 1)).isEqualTo("non conforme");
        assertThat(duplicated).anyMatch(l -> l.contains("pseudonyme en double"));
    }

    private static boolean python() {
        try {
            return new ProcessBuilder("python3", "--version").start().waitFor(30, TimeUnit.SECONDS);
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<String> run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines().toList());
        process.waitFor(60, TimeUnit.SECONDS);
        return lines;
    }
}
