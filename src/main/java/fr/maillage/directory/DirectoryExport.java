package fr.maillage.directory;

import fr.maillage.directory.internal.VCardWriter;
import fr.maillage.shared.TableWriter;
import fr.maillage.territory.Commune;
import fr.maillage.territory.TerritoryCatalog;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the directory lists as the user filtered them: organisations to CSV or XLSX, a
 * workspace's contacts to CSV, XLSX or vCard. The search hands over ids a chunk at a time, each chunk
 * is loaded, written, and dropped from the persistence context, so that the heap an export needs
 * depends on the chunk size, not on the number of rows. The caller has checked the rights.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryExport {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final List<String> ORGANISATION_COLUMNS = List.of("id", "name", "acronym", "kind", "siret", "rna",
            "uai", "street", "postalCode", "communeCode", "commune", "epci", "qpv", "themes", "website", "phone",
            "email");
    private static final List<String> CONTACT_COLUMNS = List.of("id", "firstName", "lastName", "jobTitle", "email",
            "phone", "legalBasis", "consentDate", "organisations", "createdAt");

    private final DirectorySearch search;
    private final Organisations organisations;
    private final Contacts contacts;
    private final Themes themes;
    private final TerritoryCatalog territories;
    private final MessageSource messages;
    private final EntityManager entityManager;
    private final int chunkSize;

    DirectoryExport(DirectorySearch search, Organisations organisations, Contacts contacts, Themes themes,
            TerritoryCatalog territories, MessageSource messages, EntityManager entityManager,
            DirectoryProperties properties) {
        this.search = search;
        this.organisations = organisations;
        this.contacts = contacts;
        this.themes = themes;
        this.territories = territories;
        this.messages = messages;
        this.entityManager = entityManager;
        this.chunkSize = properties.exportChunkSize();
    }

    /** The organisations the filters find, as the workspace searched them, in CSV or XLSX. */
    public void organisations(OrganisationFilters filters, Long workspaceId, ExportFormat format, OutputStream out)
            throws IOException {
        Map<String, String> themeLabels = themes.findAll().stream()
                .collect(Collectors.toMap(Theme::getCode, Theme::getLabel));
        try (TableWriter table = table(format, out, "directory.export.sheet.organisations")) {
            table.row(headers("organisation", ORGANISATION_COLUMNS));
            search.scrollOrganisationIds(filters, workspaceId, chunkSize, ids -> {
                List<Organisation> chunk = inOrder(ids, organisations.findWithCollectionsByIdIn(ids),
                        Organisation::getId);
                Map<String, Commune> communes = territories.communes(chunk.stream().map(Organisation::getCommuneCode)
                        .filter(c -> c != null).collect(Collectors.toSet()));
                chunk.forEach(o -> write(table, organisationRow(o, communes, themeLabels)));
                entityManager.clear();
            });
        }
    }

    /** The workspace's contacts the words find, in CSV, XLSX or vCard. */
    public void contacts(Long workspaceId, String text, ExportFormat format, OutputStream out) throws IOException {
        if (format == ExportFormat.VCARD) {
            VCardWriter cards = new VCardWriter(out);
            eachContactChunk(workspaceId, text, (chunk, names) -> chunk.forEach(c -> {
                try {
                    cards.write(new VCardWriter.Card("urn:maillage:contact:" + c.getId(), c.getFirstName(),
                            c.getLastName(), c.getJobTitle(), c.getEmail(), c.getPhone(),
                            c.getAffiliations().stream().map(a -> names.get(a.organisationId()))
                                    .filter(n -> n != null).toList()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            cards.flush();
            return;
        }
        try (TableWriter table = table(format, out, "directory.export.sheet.contacts")) {
            table.row(headers("contact", CONTACT_COLUMNS));
            eachContactChunk(workspaceId, text, (chunk, names) -> chunk.forEach(c -> write(table, contactRow(c, names))));
        }
    }

    private void eachContactChunk(Long workspaceId, String text,
            java.util.function.BiConsumer<List<Contact>, Map<Long, String>> writer) {
        search.scrollContactIds(workspaceId, text, chunkSize, ids -> {
            List<Contact> chunk = inOrder(ids, contacts.findWithAffiliationsByWorkspaceIdAndIdIn(workspaceId, ids),
                    Contact::getId);
            List<Long> organisationIds = chunk.stream().flatMap(c -> c.getAffiliations().stream())
                    .map(Affiliation::organisationId).distinct().toList();
            Map<Long, String> names = organisationIds.isEmpty() ? Map.of()
                    : organisations.findByIdIn(organisationIds).stream()
                            .collect(Collectors.toMap(Organisation::getId, Organisation::label));
            writer.accept(chunk, names);
            entityManager.clear();
        });
    }

    private List<Object> organisationRow(Organisation o, Map<String, Commune> communes, Map<String, String> themeLabels) {
        Commune commune = o.getCommuneCode() == null ? null : communes.get(o.getCommuneCode());
        return Arrays.asList(o.getId(), o.getName(), o.getAcronym(), text("directory.kind." + o.getKind()),
                o.getSiret(), o.getRna(), o.getUai(), o.getStreet(), o.getPostalCode(), o.getCommuneCode(),
                commune == null ? null : commune.getName(), o.getEpciCode(), String.join(" ", o.getQpvCodes()),
                o.getThemeCodes().stream().map(c -> themeLabels.getOrDefault(c, c)).collect(Collectors.joining(", ")),
                o.getWebsite(), o.getPhone(), o.getEmail());
    }

    private List<Object> contactRow(Contact c, Map<Long, String> organisationNames) {
        String affiliations = c.getAffiliations().stream()
                .filter(a -> organisationNames.containsKey(a.organisationId()))
                .map(a -> a.role() == null ? organisationNames.get(a.organisationId())
                        : organisationNames.get(a.organisationId()) + " (" + a.role() + ")")
                .sorted().collect(Collectors.joining(" ; "));
        return Arrays.asList(c.getId(), c.getFirstName(), c.getLastName(), c.getJobTitle(), c.getEmail(),
                c.getPhone(), text("directory.legalBasis." + c.getLegalBasis()),
                c.getConsentDate() == null ? null : c.getConsentDate().toString(), affiliations,
                c.getCreatedAt() == null ? null : c.getCreatedAt().toString());
    }

    private TableWriter table(ExportFormat format, OutputStream out, String sheetKey) throws IOException {
        return switch (format) {
            case CSV -> TableWriter.csv(out);
            case XLSX -> TableWriter.xlsx(out, text(sheetKey));
            case VCARD -> throw new IllegalArgumentException("vCard is for contacts only");
        };
    }

    private List<String> headers(String kind, List<String> columns) {
        return columns.stream().map(c -> text("directory.export.column." + kind + "." + c)).toList();
    }

    private static <T> List<T> inOrder(List<Long> ids, Collection<T> loaded, Function<T, Long> id) {
        Map<Long, T> byId = loaded.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
        List<T> ordered = new ArrayList<>(ids.size());
        ids.stream().map(byId::get).filter(t -> t != null).forEach(ordered::add);
        return ordered;
    }

    private static void write(TableWriter table, List<?> row) {
        try {
            table.row(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, FRENCH);
    }
}
