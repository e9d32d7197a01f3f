package fr.maillage.directory;

import fr.maillage.directory.ImportPlan.Action;
import fr.maillage.directory.ImportPlan.PlannedRow;
import fr.maillage.shared.Rna;
import fr.maillage.shared.TableReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns rows of a file into contacts of the importing workspace: a row with the e-mail of a
 * contact of the workspace completes that contact, a row with the name of one is a probable
 * duplicate and left out. The organisation column names an organisation of the directory by its
 * SIRET, its RNA or its exact name; the contact is attached to it with the role given.
 */
@Component
class ContactImport {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final Contacts contacts;
    private final Organisations organisations;
    private final MessageSource messages;

    private final jakarta.persistence.EntityManager entityManager;

    ContactImport(Contacts contacts, Organisations organisations, MessageSource messages,
            jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
        this.contacts = contacts;
        this.organisations = organisations;
        this.messages = messages;
    }

    /** The longest value of each column, as the database keeps it. */
    static final Map<String, Integer> MAX_LENGTHS = Map.of("jobTitle", 200, "phone", 30, "role", 200);

    List<PlannedRow> plan(TableReader.Table table, Map<String, Integer> columns, Long workspaceId) {
        Map<String, Integer> seen = new HashMap<>();
        List<PlannedRow> planned = new ArrayList<>();
        for (TableReader.Row row : table.rows()) {
            planned.add(plan(row, columns, workspaceId, seen));
            if (planned.size() % 1000 == 0) {
                // Rows keep ids and values, never entities: the organisations read so far can go.
                entityManager.clear();
            }
        }
        return planned;
    }

    private PlannedRow plan(TableReader.Row row, Map<String, Integer> columns, Long workspaceId,
            Map<String, Integer> seen) {
        String firstName = row.get(columns.get("firstName"));
        String lastName = row.get(columns.get("lastName"));
        String label = (firstName == null ? "" : firstName + " ") + (lastName == null ? "" : lastName);
        List<String> errors = new ArrayList<>();
        if (firstName == null || lastName == null) {
            errors.add(text("directory.import.error.contactName"));
        } else if (firstName.length() > 100 || lastName.length() > 100) {
            errors.add(text("directory.contact.name.size"));
        }
        for (Map.Entry<String, Integer> limit : MAX_LENGTHS.entrySet()) {
            String value = row.get(columns.get(limit.getKey()));
            if (value != null && value.length() > limit.getValue()) {
                errors.add(text("directory.import.error.tooLong", text("directory.import.field.contacts." + limit.getKey()),
                        limit.getValue(), value.length()));
            }
        }
        String email = row.get(columns.get("email"));
        if (email != null && (email.length() > 250 || !EMAIL.matcher(email).matches())) {
            errors.add(text("directory.import.error.email", email));
        }
        LegalBasis basis = legalBasis(row.get(columns.get("legalBasis")), errors);
        LocalDate consent = date(row.get(columns.get("consentDate")), errors);
        if (basis == LegalBasis.CONSENTEMENT && consent == null) {
            errors.add(text("directory.contact.consentDate.required"));
        }
        Organisation organisation = organisation(row.get(columns.get("organisation")), errors);
        if (!errors.isEmpty()) {
            return new PlannedRow(row.line(), Action.ERROR, label.strip(), String.join(" ", errors), null, null);
        }
        String nameKey = "name:" + ImportKind.fold(firstName + " " + lastName);
        for (String key : email == null ? List.of(nameKey) : List.of("email:" + email.toLowerCase(Locale.ROOT), nameKey)) {
            Integer earlier = seen.putIfAbsent(key, row.line());
            if (earlier != null) {
                return new PlannedRow(row.line(), Action.DUPLICATE, label, text("directory.import.duplicate.inFile",
                        earlier), null, null);
            }
        }
        Optional<Contact> existing = email == null ? Optional.empty()
                : contacts.findByWorkspaceIdAndEmailIgnoreCase(workspaceId, email).stream().findFirst();
        List<Affiliation> affiliations = new ArrayList<>(existing.map(Contact::getAffiliations).orElse(List.of()));
        if (organisation != null) {
            affiliations.removeIf(a -> a.organisationId().equals(organisation.getId()));
            affiliations.add(new Affiliation(organisation.getId(), row.get(columns.get("role"))));
        }
        ContactDetails known = existing.map(Contact::details).orElse(null);
        ContactDetails details = new ContactDetails(firstName, lastName,
                or(row.get(columns.get("jobTitle")), known == null ? null : known.jobTitle()),
                or(email, known == null ? null : known.email()),
                or(row.get(columns.get("phone")), known == null ? null : known.phone()),
                basis != null ? basis : known != null ? known.legalBasis() : LegalBasis.MISSION_INTERET_PUBLIC,
                consent != null ? consent : known == null ? null : known.consentDate(),
                known == null ? null : known.notes(), affiliations);
        if (existing.isPresent()) {
            return new PlannedRow(row.line(), Action.UPDATE, label, null, existing.get().getId(), details);
        }
        List<Contact> namesakes = contacts.findByWorkspaceIdAndLastNameIgnoreCaseAndFirstNameIgnoreCase(workspaceId,
                lastName, firstName);
        if (!namesakes.isEmpty()) {
            return new PlannedRow(row.line(), Action.DUPLICATE, label,
                    text("directory.import.duplicate.contact", namesakes.get(0).fullName()), namesakes.get(0).getId(),
                    null);
        }
        return new PlannedRow(row.line(), Action.CREATE, label, null, null, details);
    }

    /**
     * Writes a planned row into the workspace; the caller runs the whole import in one transaction.
     *
     * @return the id of the contact created or updated, {@code null} for a row left out
     */
    Long apply(PlannedRow row, Long workspaceId, DirectoryManagement directory) {
        ContactDetails details = (ContactDetails) row.details();
        if (row.action() == Action.CREATE) {
            return directory.createContact(workspaceId, details).getId();
        } else if (row.action() == Action.UPDATE) {
            Contact contact = directory.contact(workspaceId, row.targetId());
            return directory.updateContact(workspaceId, contact.getId(), contact.getVersion(), details).getId();
        }
        return null;
    }

    private Organisation organisation(String value, List<String> errors) {
        if (value == null) {
            return null;
        }
        String compact = value.replace(" ", "");
        Optional<Organisation> found;
        if (compact.matches("\\d{14}")) {
            found = organisations.findBySiret(compact);
        } else if (Rna.isValid(compact.toUpperCase(Locale.ROOT))) {
            found = organisations.findByRna(compact.toUpperCase(Locale.ROOT));
        } else {
            found = organisations.findByNameIgnoreCase(value.strip()).stream().findFirst();
        }
        if (found.isEmpty()) {
            errors.add(text("directory.import.error.organisation", value));
        }
        return found.orElse(null);
    }

    private LegalBasis legalBasis(String value, List<String> errors) {
        if (value == null) {
            return null;
        }
        String folded = ImportKind.fold(value);
        for (LegalBasis basis : LegalBasis.values()) {
            String label = ImportKind.fold(text("directory.legalBasis." + basis));
            if (folded.equals(ImportKind.fold(basis.name())) || label.startsWith(folded)) {
                return basis;
            }
        }
        errors.add(text("directory.import.error.legalBasis", value));
        return null;
    }

    /** 02/03/2026, 2026-03-02, or the day number Excel stores for a date cell. */
    private LocalDate date(String value, List<String> errors) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{5}")) {
                return EXCEL_EPOCH.plusDays(Long.parseLong(value));
            }
            return value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(text("directory.import.error.date", value));
            return null;
        }
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
