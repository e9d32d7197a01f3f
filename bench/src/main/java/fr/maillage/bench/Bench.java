package fr.maillage.bench;

import fr.maillage.bench.dataset.LoadCommand;
import fr.maillage.bench.measure.ImportCommand;
import fr.maillage.bench.measure.MemoryCommand;
import fr.maillage.bench.measure.PagesCommand;
import fr.maillage.bench.measure.ReportCommand;
import fr.maillage.bench.measure.SearchCommand;
import fr.maillage.bench.measure.StartupCommand;

/**
 * The Java side of the benchmark harness, called by {@code bench/run.sh} (which prepares PostgreSQL
 * and starts and stops the application): {@code bench <command> --option value …}.
 *
 * <ul>
 * <li>{@code qpv-file}: a national-looking QPV list on the database's real communes;</li>
 * <li>{@code generate}: generates a size, loads it with COPY, writes the directory's CSV files;</li>
 * <li>{@code reindex}: rebuilds every search index with the mass indexer, timed;</li>
 * <li>{@code startup}: reads the start, COG-loading and indexing times from the application's log;</li>
 * <li>{@code import}, {@code pages}, {@code search}, {@code memory}: the measurements;</li>
 * <li>{@code draw}: a draw by lot of 40 among 20,000 volunteers with three quota dimensions, timed;</li>
 * <li>{@code report}: gathers a run's parts into a JSON and a Markdown report.</li>
 * </ul>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: bench <qpv-file|generate|reindex|startup|import|pages|search|directory|draw|memory|report|governance|funding> "
                    + "--option value…");
            System.exit(2);
        }
        Args options = new Args(args, 1);
        switch (args[0]) {
            case "qpv-file" -> LoadCommand.qpvFile(options);
            case "generate" -> LoadCommand.generate(options);
            case "reindex" -> fr.maillage.bench.dataset.ReindexCommand.run(options);
            case "startup" -> StartupCommand.run(options);
            case "import" -> ImportCommand.run(options);
            case "pages" -> PagesCommand.run(options);
            case "governance" -> fr.maillage.bench.measure.GovernanceCommand.run(options);
            case "funding" -> fr.maillage.bench.measure.FundingCommand.run(options);
            case "timed" -> fr.maillage.bench.measure.TimedCommand.run(options);
            case "search" -> SearchCommand.run(options);
            case "directory" -> fr.maillage.bench.measure.DirectoryCommand.run(options);
            case "draw" -> fr.maillage.bench.measure.DrawCommand.run(options);
            case "memory" -> MemoryCommand.run(options);
            case "report" -> ReportCommand.run(options);
            case "registration-burst" -> fr.maillage.bench.measure.RegistrationBurstCommand.run(options);
            default -> throw new IllegalArgumentException("Unknown command " + args[0]);
        }
    }
}
