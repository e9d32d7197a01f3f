package fr.maillage.territory;

import fr.maillage.territory.QpvImportReport.Problem;
import fr.maillage.territory.internal.Communes;
import fr.maillage.territory.internal.QpvCsvReader;
import fr.maillage.territory.internal.QpvCsvReader.Row;
import fr.maillage.territory.internal.Qpvs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the official list of QPV from a CSV file. The file is checked as a whole first: if any
 * line is wrong, every wrong line is reported with its number and nothing is written. Otherwise each
 * QPV is created, or updated in place when its code is already known, so that importing the same
 * list twice changes nothing. Lines that share a code (one line per commune) are merged.
 */
@Service
public class QpvImport {

    /** The demonstration sample shipped with the application. */
    static final String SAMPLE = "territory/qpv-sample.csv";
    private static final int CHUNK = 500;

    private final Qpvs qpvs;
    private final Communes communes;

    QpvImport(Qpvs qpvs, Communes communes) {
        this.qpvs = qpvs;
        this.communes = communes;
    }

    /** Imports an official list: the records it covers stop being samples. */
    @Transactional
    public QpvImportReport importOfficial(byte[] content) {
        return run(content, false);
    }

    /** Loads the demonstration sample, whose records stay marked as samples. */
    @Transactional
    public QpvImportReport importSample() {
        try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
            return run(in.readAllBytes(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private QpvImportReport run(byte[] content, boolean sample) {
        QpvCsvReader.Result read = QpvCsvReader.read(content);
        if (!read.problems().isEmpty()) {
            return QpvImportReport.refused(read.problems());
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Entry> entries = merge(read.rows(), problems);
        checkCommunes(read.rows(), problems);
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return QpvImportReport.refused(problems);
        }
        return write(entries.values(), sample);
    }

    /** Groups lines by code, checking each line's own fields. */
    private static Map<String, Entry> merge(List<Row> rows, List<Problem> problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Row row : rows) {
            int before = problems.size();
            if (row.code().isEmpty()) {
                problems.add(new Problem(row.line(), "territory.import.error.code.missing"));
            } else if (!Qpv.isWellFormed(row.code())) {
                problems.add(new Problem(row.line(), "territory.import.error.code.format", row.code()));
            }
            if (row.name().isEmpty()) {
                problems.add(new Problem(row.line(), "territory.import.error.name.missing"));
            }
            if (row.communes().isEmpty()) {
                problems.add(new Problem(row.line(), "territory.import.error.communes.missing"));
            }
            if (problems.size() > before) {
                continue;
            }
            Entry known = entries.get(row.code());
            if (known == null) {
                entries.put(row.code(),
                        new Entry(row.line(), row.code(), row.name(), new LinkedHashSet<>(row.communes())));
            } else if (!known.name().equals(row.name())) {
                problems.add(new Problem(row.line(), "territory.import.error.name.conflict", row.name(),
                        String.valueOf(known.line()), known.name()));
            } else {
                known.communes().addAll(row.communes());
            }
        }
        return entries;
    }

    private void checkCommunes(List<Row> rows, List<Problem> problems) {
        Set<String> wanted = rows.stream().flatMap(r -> r.communes().stream()).collect(Collectors.toSet());
        Set<String> known = new HashSet<>();
        for (List<String> chunk : chunks(wanted)) {
            communes.findByCodeIn(chunk).forEach(c -> known.add(c.getCode()));
        }
        for (Row row : rows) {
            List<String> unknown = row.communes().stream().filter(c -> !known.contains(c)).toList();
            if (!unknown.isEmpty()) {
                problems.add(new Problem(row.line(), "territory.import.error.commune.unknown",
                        String.join(", ", unknown)));
            }
        }
    }

    private QpvImportReport write(Collection<Entry> entries, boolean sample) {
        Map<String, Qpv> existing = new LinkedHashMap<>();
        for (List<String> chunk : chunks(entries.stream().map(Entry::code).toList())) {
            qpvs.findByCodeIn(chunk).forEach(qpv -> existing.put(qpv.getCode(), qpv));
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Entry entry : entries) {
            Qpv qpv = existing.get(entry.code());
            if (qpv == null) {
                qpvs.save(new Qpv(entry.code(), entry.name(), entry.communes(), sample));
                created++;
            } else if (qpv.revise(entry.name(), entry.communes())) {
                updated++;
            } else {
                unchanged++;
            }
        }
        long samplesLeft = sample ? 0 : qpvs.countBySampleTrue();
        return new QpvImportReport(created, updated, unchanged, samplesLeft, List.of());
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> list = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += CHUNK) {
            chunks.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
        }
        return chunks;
    }

    private record Entry(int line, String code, String name, Set<String> communes) {
    }
}
