package fr.maillage.directory;

import fr.maillage.directory.ImportPlan.Action;
import fr.maillage.directory.ImportPlan.PlannedRow;
import fr.maillage.shared.TableReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns rows of a file into organisations: a row whose SIRET or RNA is known completes that
 * organisation (the cells left blank keep what the directory has), a row named like an organisation
 * of the same commune is a probable duplicate and left out, and every other row is checked by the
 * {@link OrganisationRules} like a form would be.
 */
@Component
class OrganisationImport {

    /** The longest value of each column, as the database keeps it. */
    static final Map<String, Integer> MAX_LENGTHS = Map.of("acronym", 50, "uai", 8, "street", 250, "postalCode", 5,
            "website", 250, "phone", 30, "email", 250, "siret", 20, "rna", 12);
    private static final int CLEAR_EVERY = 1000;

    private final Organisations organisations;
    private final OrganisationRules rules;
    private final Themes themes;
    private final MessageSource messages;
    private final jakarta.persistence.EntityManager entityManager;

    OrganisationImport(Organisations organisations, OrganisationRules rules, Themes themes, MessageSource messages,
            jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.rules = rules;
        this.themes = themes;
        this.messages = messages;
    }

    List<PlannedRow> plan(TableReader.Table table, Map<String, Integer> columns) {
        Map<String, String> themeCodes = new HashMap<>();
        themes.findAll().forEach(t -> {
            themeCodes.put(ImportKind.fold(t.getCode()), t.getCode());
            themeCodes.put(ImportKind.fold(t.getLabel()), t.getCode());
        });
        Set<String> communes = table.rows().stream().map(r -> commune(r.get(columns.get("communeCode"))))
                .filter(c -> c != null).collect(Collectors.toSet());
        // Names only (no entities): a file may name thousands of communes.
        Map<String, Twin> byNameInCommune = new HashMap<>();
        List<String> communeList = new ArrayList<>(communes);
        for (int from = 0; from < communeList.size(); from += 1000) {
            for (Object[] o : organisations.namesInCommunes(communeList.subList(from,
                    Math.min(communeList.size(), from + 1000)))) {
                String name = (String) o[1];
                String acronym = (String) o[2];
                byNameInCommune.putIfAbsent(nameKey(name, (String) o[3]),
                        new Twin((Long) o[0], acronym == null ? name : name + " (" + acronym + ")"));
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        List<PlannedRow> planned = new ArrayList<>();
        for (TableReader.Row row : table.rows()) {
            planned.add(plan(row, columns, themeCodes, byNameInCommune, seen));
            if (planned.size() % CLEAR_EVERY == 0) {
                // Rows only keep values, never entities: the organisations read so far can go.
                entityManager.clear();
            }
        }
        return planned;
    }

    /** An organisation already in the directory that a row names. */
    private record Twin(Long id, String label) {
    }

    private PlannedRow plan(TableReader.Row row, Map<String, Integer> columns, Map<String, String> themeCodes,
            Map<String, Twin> byNameInCommune, Map<String, Integer> seen) {
        String name = row.get(columns.get("name"));
        List<String> errors = new ArrayList<>();
        if (name == null) {
            errors.add(text("directory.import.error.name"));
        } else if (name.length() > 250) {
            errors.add(text("directory.organisation.name.size"));
        }
        MAX_LENGTHS.forEach((column, max) -> {
            String value = row.get(columns.get(column));
            if (value != null && value.length() > max) {
                errors.add(text("directory.import.error.tooLong", text("directory.import.field.organisations." + column), max,
                        value.length()));
            }
        });
        OrganisationKind kind = kind(row.get(columns.get("kind")), errors);
        Set<String> rowThemes = themes(row.get(columns.get("themeCodes")), themeCodes, errors);
        if (!errors.isEmpty()) {
            return new PlannedRow(row.line(), Action.ERROR, name, String.join(" ", errors), null, null);
        }
        String siret = OrganisationRules.normalizeSiret(row.get(columns.get("siret")));
        String rna = OrganisationRules.normalizeRna(row.get(columns.get("rna")));
        String commune = commune(row.get(columns.get("communeCode")));
        for (String key : keys(siret, rna, name, commune)) {
            Integer earlier = seen.putIfAbsent(key, row.line());
            if (earlier != null) {
                return new PlannedRow(row.line(), Action.DUPLICATE, name,
                        text("directory.import.duplicate.inFile", earlier), null, null);
            }
        }
        Optional<Organisation> existing = Optional.ofNullable(siret).flatMap(organisations::findBySiret)
                .or(() -> Optional.ofNullable(rna).flatMap(organisations::findByRna));
        OrganisationDetails known = existing.map(Organisation::details).orElse(null);
        OrganisationDetails details = new OrganisationDetails(name,
                or(row.get(columns.get("acronym")), known == null ? null : known.acronym()),
                kind != null ? kind : known != null ? known.kind() : OrganisationKind.AUTRE,
                siret != null ? siret : known == null ? null : known.siret(),
                rna != null ? rna : known == null ? null : known.rna(),
                or(row.get(columns.get("uai")), known == null ? null : known.uai()),
                or(row.get(columns.get("street")), known == null ? null : known.street()),
                or(row.get(columns.get("postalCode")), known == null ? null : known.postalCode()),
                commune != null ? commune : known == null ? null : known.communeCode(),
                qpv(row.get(columns.get("qpvCodes")), known),
                !rowThemes.isEmpty() || known == null ? rowThemes : known.themeCodes(),
                or(row.get(columns.get("website")), known == null ? null : known.website()),
                or(row.get(columns.get("phone")), known == null ? null : known.phone()),
                or(row.get(columns.get("email")), known == null ? null : known.email()));
        Long selfId = existing.map(Organisation::getId).orElse(null);
        List<OrganisationRules.Violation> violations = rules.check(details, selfId);
        if (!violations.isEmpty()) {
            return new PlannedRow(row.line(), Action.ERROR, name, violations.stream()
                    .map(v -> messages.getMessage(v.messageKey(), v.arguments(), Locale.FRANCE))
                    .collect(Collectors.joining(" ")), null, null);
        }
        if (existing.isPresent()) {
            return new PlannedRow(row.line(), Action.UPDATE, name, null, selfId, details);
        }
        Twin twin = commune == null ? null : byNameInCommune.get(nameKey(name, commune));
        if (twin != null) {
            return new PlannedRow(row.line(), Action.DUPLICATE, name,
                    text("directory.import.duplicate.organisation", twin.label()), twin.id(), null);
        }
        return new PlannedRow(row.line(), Action.CREATE, name, null, null, details);
    }

    /**
     * Writes a planned row; the caller runs the whole import in one transaction.
     *
     * @return the id of the organisation created or updated, {@code null} for a row left out
     */
    Long apply(PlannedRow row, DirectoryManagement directory) {
        OrganisationDetails details = (OrganisationDetails) row.details();
        if (row.action() == Action.CREATE) {
            return directory.createOrganisation(details).getId();
        } else if (row.action() == Action.UPDATE) {
            Organisation organisation = directory.organisation(row.targetId());
            return directory.updateOrganisation(organisation.getId(), organisation.getVersion(), details).getId();
        }
        return null;
    }

    /** "maison de quartier|25388": how two organisations are recognised as the same by name. */
    static String nameKey(String name, String communeCode) {
        return ImportKind.fold(name) + "|" + communeCode;
    }

    private static List<String> keys(String siret, String rna, String name, String commune) {
        List<String> keys = new ArrayList<>();
        if (siret != null) {
            keys.add("siret:" + siret);
        }
        if (rna != null) {
            keys.add("rna:" + rna);
        }
        if (commune != null) {
            keys.add("name:" + nameKey(name, commune));
        }
        return keys;
    }

    private OrganisationKind kind(String value, List<String> errors) {
        if (value == null) {
            return null;
        }
        String folded = ImportKind.fold(value);
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (folded.equals(ImportKind.fold(kind.name())) || folded.equals(ImportKind.fold(text("directory.kind." + kind)))) {
                return kind;
            }
        }
        errors.add(text("directory.import.error.kind", value));
        return null;
    }

    private Set<String> themes(String value, Map<String, String> codes, List<String> errors) {
        Set<String> found = new LinkedHashSet<>();
        if (value == null) {
            return found;
        }
        for (String part : value.split("[,;|]")) {
            if (!part.isBlank()) {
                String code = codes.get(ImportKind.fold(part));
                if (code == null) {
                    errors.add(text("directory.import.error.theme", part.strip()));
                } else {
                    found.add(code);
                }
            }
        }
        return found;
    }

    private static Set<String> qpv(String value, OrganisationDetails known) {
        if (value == null) {
            return known == null ? Set.of() : known.qpvCodes();
        }
        return new HashSet<>(Arrays.stream(value.split("[,;|\\s]+")).filter(s -> !s.isBlank()).toList());
    }

    /** A commune code as typed; Excel drops the leading zero of codes such as 01053, which is put back. */
    private static String commune(String value) {
        String code = OrganisationRules.normalizeCode(value);
        return code != null && code.matches("\\d{4}") ? "0" + code : code;
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
