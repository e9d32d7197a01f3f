package fr.maillage.participation;

import fr.maillage.shared.TableReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a pool's residents from a CSV file (';' or ',', UTF-8 with or without BOM, or
 * Windows-1252) with columns recognised by their French names: nom, prénom, genre (or sexe),
 * tranche d'âge (or âge, in years), quartier (QPV code or name), source, courriel, téléphone,
 * adresse. All or nothing: one bad line and nothing is written, every bad line is reported with its
 * number and reason.
 */
@Service
public class VolunteerImport {

    private final ParticipationManagement participation;
    private final Volunteers volunteers;
    private final MessageSource messages;

    VolunteerImport(ParticipationManagement participation, Volunteers volunteers, MessageSource messages) {
        this.participation = participation;
        this.volunteers = volunteers;
        this.messages = messages;
    }

    /** A bad line of the file and why. */
    public record Problem(int line, String message) {
    }

    /** How many residents were added, or the problems that stopped the import. */
    public record Outcome(int imported, List<Problem> problems) {

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    private enum Column {
        LAST_NAME("nom", "nomdefamille", "nomdusage"), FIRST_NAME("prenom", "prenoms"), GENDER("genre", "sexe", "civilite"),
        AGE("tranchedage", "trancheage", "tranche", "age"), QUARTIER("quartier", "qpv", "codeqpv"),
        SOURCE("source", "liste", "originedelaliste"), EMAIL("courriel", "email", "mail", "adresseelectronique"),
        PHONE("telephone", "tel", "portable"), ADDRESS("adresse", "adressepostale");

        private final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }
    }

    @Transactional
    public Outcome importFile(Long workspaceId, Long poolId, byte[] content, ListSource defaultSource) {
        VolunteerPool pool = participation.pool(workspaceId, poolId);
        Council council = participation.council(workspaceId, pool.getCouncilId());
        Map<String, String> quartiers = quartiersByKey(council);
        TableReader.Table table;
        try {
            table = TableReader.readCsv(content);
        } catch (TableReader.UnreadableTableException e) {
            return new Outcome(0, List.of(new Problem(1, text("participation.import.unreadable"))));
        }
        Map<Column, Integer> columns = columns(table.headers());
        List<Problem> problems = new ArrayList<>();
        for (Column required : List.of(Column.LAST_NAME, Column.FIRST_NAME, Column.GENDER, Column.AGE)) {
            if (!columns.containsKey(required)) {
                problems.add(new Problem(1, text("participation.import.column.missing",
                        text("participation.import.column." + required))));
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(0, problems);
        }
        if (table.rows().isEmpty()) {
            return new Outcome(0, List.of(new Problem(1, text("participation.import.empty"))));
        }
        List<VolunteerDetails> rows = new ArrayList<>();
        for (TableReader.Row row : table.rows()) {
            List<String> errors = new ArrayList<>();
            VolunteerDetails details = read(row, columns, quartiers, council, defaultSource, errors);
            errors.forEach(message -> problems.add(new Problem(row.line(), message)));
            rows.add(details);
        }
        if (problems.isEmpty()) {
            duplicates(poolId, table.rows(), rows, problems);
        }
        if (!problems.isEmpty()) {
            return new Outcome(0, problems);
        }
        return new Outcome(participation.addVolunteers(workspaceId, poolId, rows), List.of());
    }

    private VolunteerDetails read(TableReader.Row row, Map<Column, Integer> columns, Map<String, String> quartiers,
            Council council, ListSource defaultSource, List<String> errors) {
        String lastName = row.get(columns.get(Column.LAST_NAME));
        String firstName = row.get(columns.get(Column.FIRST_NAME));
        if (lastName == null || firstName == null) {
            errors.add(text("participation.import.name.missing"));
        } else if (lastName.length() > 100 || firstName.length() > 100) {
            errors.add(text("participation.import.name.tooLong"));
        }
        String genderText = row.get(columns.get(Column.GENDER));
        Gender gender = Gender.parse(genderText);
        if (gender == null) {
            errors.add(text("participation.import.gender.unknown", String.valueOf(genderText)));
        }
        AgeBand age = age(row.get(columns.get(Column.AGE)), errors);
        String quartier = quartier(row.get(columns.get(Column.QUARTIER)), quartiers, council, errors);
        String sourceText = row.get(columns.get(Column.SOURCE));
        ListSource source = sourceText == null ? defaultSource : ListSource.parse(sourceText);
        if (source == null) {
            errors.add(text("participation.import.source.unknown", String.valueOf(sourceText)));
        }
        return new VolunteerDetails(firstName == null ? "" : firstName, lastName == null ? "" : lastName, gender, age,
                quartier, source, row.get(columns.get(Column.EMAIL)), row.get(columns.get(Column.PHONE)),
                row.get(columns.get(Column.ADDRESS)));
    }

    /**
     * The same person twice (same name and first name, folded, and same e-mail when both have one,
     * else same age band): twice in the file, or already in the pool (the same file imported twice).
     */
    private void duplicates(Long poolId, List<TableReader.Row> lines, List<VolunteerDetails> rows, List<Problem> problems) {
        Map<String, String> inPool = new HashMap<>();
        for (Volunteer v : volunteers.findByPoolId(poolId)) {
            if (!v.isErased()) {
                inPool.putIfAbsent(identity(v.getLastName(), v.getFirstName(), v.getEmail(), v.getAgeBand()), v.getReference());
                inPool.putIfAbsent(identity(v.getLastName(), v.getFirstName(), null, v.getAgeBand()), v.getReference());
            }
        }
        Map<String, Integer> inFile = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            VolunteerDetails d = rows.get(i);
            int line = lines.get(i).line();
            String name = d.firstName().strip() + " " + d.lastName().strip();
            String withMail = identity(d.lastName(), d.firstName(), d.email(), d.ageBand());
            String withAge = identity(d.lastName(), d.firstName(), null, d.ageBand());
            String known = inPool.getOrDefault(withMail, d.email() == null ? inPool.get(withAge) : null);
            Integer earlier = inFile.get(withMail);
            if (known != null) {
                problems.add(new Problem(line, text("participation.import.duplicate.pool", name, known)));
            } else if (earlier != null) {
                problems.add(new Problem(line, text("participation.import.duplicate.file", name, earlier)));
            }
            inFile.putIfAbsent(withMail, line);
        }
    }

    private static String identity(String lastName, String firstName, String email, AgeBand age) {
        String mail = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
        return key(lastName) + "|" + key(firstName) + "|" + (mail != null ? mail : String.valueOf(age));
    }

    private AgeBand age(String value, List<String> errors) {
        if (value != null && value.strip().matches("\\d{1,3}")) {
            int years = Integer.parseInt(value.strip());
            if (years < 16) {
                errors.add(text("participation.import.age.tooYoung", years));
                return null;
            }
            return years <= 25 ? AgeBand.AGE_16_25 : years <= 40 ? AgeBand.AGE_26_40
                    : years <= 60 ? AgeBand.AGE_41_60 : AgeBand.AGE_61_PLUS;
        }
        AgeBand band = AgeBand.parse(value);
        if (band == null) {
            errors.add(text("participation.import.age.unknown", String.valueOf(value)));
        }
        return band;
    }

    private String quartier(String value, Map<String, String> quartiers, Council council, List<String> errors) {
        if (value == null) {
            if (council.getQpvCodes().size() == 1) {
                return council.getQpvCodes().get(0);
            }
            errors.add(text("participation.import.quartier.missing"));
            return null;
        }
        String code = quartiers.get(key(value));
        if (code == null) {
            errors.add(text("participation.import.quartier.unknown", value));
        }
        return code;
    }

    /** The council's QPV by code and by name, both folded. */
    private Map<String, String> quartiersByKey(Council council) {
        Map<String, String> byKey = new HashMap<>();
        participation.qpvNames(council.getQpvCodes()).forEach((code, name) -> {
            byKey.put(key(code), code);
            byKey.put(key(name), code);
        });
        return byKey;
    }

    private static Map<Column, Integer> columns(List<String> headers) {
        Map<Column, Integer> found = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = key(headers.get(i));
            for (Column column : Column.values()) {
                if (!found.containsKey(column) && column.names.contains(header)) {
                    found.put(column, i);
                }
            }
        }
        return found;
    }

    static String key(String value) {
        return Normalizer.normalize(value.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]", "");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
