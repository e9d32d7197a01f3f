package fr.maillage.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.UserAccount;
import fr.maillage.shared.TableReader;
import fr.maillage.shared.TableWriter;
import fr.maillage.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Importing a spreadsheet as pilotes and contributeurs do it: upload, columns guessed then
 * remembered, a preview that names each bad line and each duplicate without writing anything, then
 * the background import with its report, or nothing at all when it fails.
 */
@Tag("database")
class DirectoryImportTests extends DirectoryTestSupport {

    @Autowired
    Organisations organisationRepository;

    @Autowired
    Contacts contactRepository;

    @Autowired
    DirectoryImport imports;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    DirectorySearch search;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportRunner runner;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @Test
    void organisations_are_previewed_with_reasons_then_imported_in_the_background() throws Exception {
        String known = siret();
        directory.createOrganisation(new OrganisationDetails("Régie de quartier Importine", null,
                OrganisationKind.ASSOCIATION, known, null, null, null, null, "25388", Set.of(), Set.of(), null, null,
                null));
        organisation("Maison des Importines", OrganisationKind.ASSOCIATION, "25388", Set.of());
        String fresh = siret();
        String rna = "W" + (100000000 + ThreadLocalRandom.current().nextInt(899999999));
        String csv = String.join("\r\n",
                "Nom;Sigle;Type;N° SIRET;RNA;Code Insee;Thématiques",
                "Centre social Importine;CSI;Association;" + fresh + ";" + rna + ";25388;Éducation, Parentalité",
                "Association Clé Fausse;;Association;73282932000075;;25388;",
                "Association RNA Fausse;;Association;;W12;25388;",
                "Association Nulle Part;;Association;;;99999;",
                ";;Association;;;25388;",
                "Maison des importines;;Association;;;25388;",
                "Régie de quartier Importine (nouveau nom);;Association;" + known + ";;25388;Emploi",
                "Centre social Importine;;Association;;;25388;") + "\r\n";
        String mapping = upload(montbeliard, contributeur, "organisations",
                new MockMultipartFile("fichier", "partenaires.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get(mapping).with(user(me(contributeur)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("partenaires.csv")))
                .andExpect(content().string(containsString("<option value=\"3\" selected=\"selected\">N° SIRET</option>")));
        String preview = mvc.perform(withGuessedColumns(post(mapping + "/apercu"), "name", 0, "acronym", 1, "kind", 2,
                                "siret", 3, "rna", 4, "communeCode", 5, "themeCodes", 6).with(user(me(contributeur))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(preview)
                .contains("1 création<", "1 mise à jour d&#39;une fiche existante", "2 doublons probables",
                        "4 lignes en erreur")
                .contains("sa clé de contrôle doit être juste").contains("W suivi de 9 chiffres")
                .contains("Le code 99999 ne correspond à aucune commune")
                .contains("Le nom de l&#39;organisation est manquant.")
                .contains("Une organisation du même nom existe déjà dans cette commune : « Maison des Importines »")
                .contains("Même organisation ou même personne qu&#39;à la ligne 2.");
        assertThat(organisationRepository.findByNameIgnoreCase("Centre social Importine"))
                .as("nothing written before confirmation").isEmpty();

        String job = confirm(mapping, contributeur, "name", 0, "acronym", 1, "kind", 2, "siret", 3, "rna", 4,
                "communeCode", 5, "themeCodes", 6);
        String report = finished(job, contributeur);
        assertThat(report).contains("Import terminé").contains("1 fiche créée").contains("1 fiche mise à jour")
                .contains("2 doublons laissés de côté").contains("4 lignes en erreur").contains("<progress")
                .contains("Le nom de l&#39;organisation est manquant.");
        Organisation created = organisationRepository.findBySiret(fresh).orElseThrow();
        assertThat(created.getName()).isEqualTo("Centre social Importine");
        assertThat(created.getRna()).isEqualTo(rna);
        assertThat(directory.organisation(created.getId()).getThemeCodes()).containsExactly("education", "parentalite");
        assertThat(organisationRepository.findBySiret(known).orElseThrow().getName())
                .isEqualTo("Régie de quartier Importine (nouveau nom)");
        assertThat(Files.list(uploads(montbeliard)).filter(p -> p.toString().endsWith(".organisations")))
                .as("uploaded file deleted").isEmpty();
        // Indexed after the commit, before the job says it is done: the directory's search and the
        // global search find the new name at once.
        assertThat(search.organisations(OrganisationFilters.text("Importine"), montbeliard.getId(),
                org.springframework.data.domain.PageRequest.of(0, 20)).page().getContent())
                .extracting(Organisation::getName)
                .contains("Centre social Importine", "Régie de quartier Importine (nouveau nom)");
        Organisation renamed = organisationRepository.findBySiret(known).orElseThrow();
        mvc.perform(get("/recherche").param("q", "Importine").with(user(me(pilote))))
                .andExpect(content().string(containsString("/annuaire/organisations/" + created.getId() + "\"")))
                .andExpect(content().string(containsString("/annuaire/organisations/" + renamed.getId() + "\"")));
    }

    @Test
    void jobs_a_stop_of_the_server_interrupted_are_settled_at_the_next_start() throws Exception {
        ImportJob running = jobs.save(new ImportJob(montbeliard.getId(), pilote.getId(), ImportKind.ORGANISATIONS,
                "coupure.csv", 10));
        running.start();
        jobs.save(running);
        String name = "Association Reindexine " + System.nanoTime();
        // An import whose rows were committed but not yet indexed when the server stopped.
        ImportJob indexing = transactions.execute(status -> {
            Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(Object.class));
            organisation(name, OrganisationKind.ASSOCIATION, "25388", Set.of());
            ImportJob job = new ImportJob(montbeliard.getId(), pilote.getId(), ImportKind.ORGANISATIONS,
                    "coupure-apres.csv", 1);
            job.start();
            job.finish(1, 0, 0, 0, List.of());
            return jobs.save(job);
        });
        jdbc.update("update directory_import_job set created_at = ? where id in (?, ?)",
                java.sql.Timestamp.from(Instant.now().minusSeconds(3600)), running.getId(), indexing.getId());
        assertThat(names(name)).as("not indexed yet").isEmpty();

        runner.settleInterrupted();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (jobs.findById(indexing.getId()).orElseThrow().getStatus() != ImportJob.Status.DONE
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(jobs.findById(indexing.getId()).orElseThrow().getStatus()).isEqualTo(ImportJob.Status.DONE);
        assertThat(names(name)).containsExactly(name);
        ImportJob failed = jobs.findById(running.getId()).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(ImportJob.Status.FAILED);
        assertThat(failed.getFailure()).contains("interrompu par l’arrêt du serveur");
    }

    private List<String> names(String query) {
        return search.organisations(OrganisationFilters.text(query), montbeliard.getId(),
                org.springframework.data.domain.PageRequest.of(0, 20)).page().getContent().stream()
                .map(Organisation::getName).toList();
    }

    @Test
    void the_workspace_s_column_choice_is_remembered_for_the_next_file() throws Exception {
        Workspace workspace = workspaces.create(fr.maillage.workspace.WorkspaceType.CONTRAT_DE_VILLE,
                "Contrat de ville de mémoire", null, null, null);
        workspaces.addMember(workspace.getId(), pilote.getId(), fr.maillage.workspace.WorkspaceRole.PILOTE);
        byte[] csv = "Appellation;Ville\nAssociation Mémorine;25388\n".getBytes(StandardCharsets.UTF_8);
        String mapping = upload(workspace, pilote, "organisations", new MockMultipartFile("fichier", "a.csv", "text/csv", csv));
        mvc.perform(get(mapping).with(user(me(pilote))))
                .andExpect(content().string(not(containsString("selected=\"selected\">Appellation"))));
        mvc.perform(withGuessedColumns(post(mapping + "/apercu"), "communeCode", 1).with(user(me(pilote))))
                .andExpect(content().string(containsString("Choisissez la colonne du champ « Nom », qui est obligatoire.")))
                .andExpect(content().string(containsString("id=\"colonne-name-erreur\"")));
        finished(confirm(mapping, pilote, "name", 0, "communeCode", 1), pilote);
        String next = upload(workspace, pilote, "organisations", new MockMultipartFile("fichier", "b.csv", "text/csv", csv));
        mvc.perform(get(next).with(user(me(pilote))))
                .andExpect(content().string(containsString("<option value=\"0\" selected=\"selected\">Appellation</option>")))
                .andExpect(content().string(containsString("<option value=\"1\" selected=\"selected\">Ville</option>")));
    }

    @Test
    void contacts_are_imported_from_xlsx_into_the_workspace_and_attached_to_their_organisation() throws Exception {
        String siret = siret();
        directory.createOrganisation(new OrganisationDetails("Club Xlsxine", null, OrganisationKind.ASSOCIATION, siret,
                null, null, null, null, "25388", Set.of(), Set.of(), null, null, null));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (TableWriter sheet = TableWriter.xlsx(xlsx, "Contacts")) {
            sheet.row(List.of("Prénom", "Nom", "Courriel", "Organisation", "Rôle", "Base légale", "Date du consentement"));
            sheet.row(List.of("Inès", "Xlsxienne", "ines.xlsx@example.org", siret, "Présidente", "Consentement", "02/03/2026"));
            sheet.row(List.of("Marc", "Xlsxien", "", "Club Inconnu", "", "", ""));
            sheet.row(List.of("Zoé", "Xlsxienne", "", "", "", "Consentement", ""));
        }
        assertThat(TableReader.read(write(xlsx.toByteArray())).rows()).extracting(TableReader.Row::line)
                .containsExactly(2, 3, 4);
        String mapping = upload(montbeliard, pilote, "contacts", new MockMultipartFile("fichier", "contacts.xlsx",
                "application/octet-stream", xlsx.toByteArray()));
        String report = finished(confirm(mapping, pilote, "firstName", 0, "lastName", 1, "email", 2, "organisation", 3,
                "role", 4, "legalBasis", 5, "consentDate", 6), pilote);
        assertThat(report).contains("1 fiche créée").contains("2 lignes en erreur")
                .contains("L&#39;organisation « Club Inconnu » est introuvable dans l&#39;annuaire")
                .contains("Indiquez la date à laquelle la personne a donné son consentement.");
        Contact ines = contactRepository.findByWorkspaceIdAndEmailIgnoreCase(montbeliard.getId(), "ines.xlsx@example.org")
                .get(0);
        assertThat(ines.getConsentDate()).hasToString("2026-03-02");
        assertThat(ines.getAffiliations()).singleElement().satisfies(a -> assertThat(a.role()).isEqualTo("Présidente"));
        assertThat(contactRepository.findByWorkspaceIdAndEmailIgnoreCase(bourges.getId(), "ines.xlsx@example.org")).isEmpty();
    }

    @Test
    void a_failing_import_writes_nothing_and_says_so() throws Exception {
        // The database refuses the second row (as it would on a constraint the checks missed, or a
        // lost connection): the rows written before it must go too.
        jdbc.execute("alter table directory_organisation add constraint test_refuse_annulee "
                + "check (name <> 'Association Annulée Deux')");
        try {
            String csv = "Nom;Sigle\nAssociation Annulée Une;AAU\nAssociation Annulée Deux;AAD\n";
            String mapping = upload(montbeliard, pilote, "organisations",
                    new MockMultipartFile("fichier", "refus.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
            String report = finished(confirm(mapping, pilote, "name", 0, "acronym", 1), pilote);
            assertThat(report).contains("Import échoué").contains("aucune ligne n&#39;a été enregistrée");
            assertThat(organisationRepository.findByNameIgnoreCase("Association Annulée Une")).isEmpty();
        } finally {
            jdbc.execute("alter table directory_organisation drop constraint test_refuse_annulee");
        }
    }

    @Test
    void a_cell_too_long_for_its_column_is_an_error_of_its_line_only() throws Exception {
        String csv = "Nom;Sigle;Téléphone\nAssociation Longue Une;ALU;03 81 00 00 00\nAssociation Longue Deux;"
                + "X".repeat(60) + ";\nAssociation Longue Trois;;" + "0".repeat(40) + "\n";
        String mapping = upload(montbeliard, pilote, "organisations",
                new MockMultipartFile("fichier", "trop-long.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        String report = finished(confirm(mapping, pilote, "name", 0, "acronym", 1, "phone", 2), pilote);
        assertThat(report).contains("Import terminé").contains("1 fiche créée").contains("2 lignes en erreur")
                .contains("Sigle : 50 caractères au plus, la cellule en compte 60.")
                .contains("Téléphone : 30 caractères au plus, la cellule en compte 40.");
        assertThat(organisationRepository.findByNameIgnoreCase("Association Longue Une")).hasSize(1);
        assertThat(organisationRepository.findByNameIgnoreCase("Association Longue Deux")).isEmpty();
    }

    @Test
    void only_pilotes_and_contributeurs_of_the_workspace_import() throws Exception {
        for (UserAccount who : List.of(lecteur, admin, outsider)) {
            int expected = who == outsider ? 404 : 403;
            mvc.perform(get(base(montbeliard) + "/import").with(user(me(who)))).andExpect(status().is(expected));
        }
        mvc.perform(get(base(montbeliard)).with(user(me(contributeur))))
                .andExpect(content().string(containsString(base(montbeliard) + "/import")));
        mvc.perform(get(base(montbeliard)).with(user(me(lecteur))))
                .andExpect(content().string(not(containsString(base(montbeliard) + "/import"))));
        mvc.perform(multipart(base(montbeliard) + "/import").file(new MockMultipartFile("fichier", "x.pdf",
                        "application/pdf", new byte[0])).param("type", "organisations").with(csrf())
                        .with(user(me(pilote))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"fichier-erreur\"")))
                .andExpect(content().string(containsString("Choisissez le fichier à importer.")));
    }

    private String upload(Workspace workspace, UserAccount who, String type, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart(base(workspace) + "/import").file(file).param("type", type).with(csrf())
                        .with(user(me(who))))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString(base(workspace) + "/import/" + type + "/")))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private String confirm(String mapping, UserAccount who, Object... columns) throws Exception {
        return mvc.perform(withGuessedColumns(post(mapping + "/confirmer"), columns).with(user(me(who))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private static MockHttpServletRequestBuilder withGuessedColumns(MockHttpServletRequestBuilder request,
            Object... columns) {
        request.with(csrf());
        for (int i = 0; i < columns.length; i += 2) {
            request.param("colonne." + columns[i], columns[i + 1].toString());
        }
        return request;
    }

    /** Polls the progress page as htmx does, until the import ends; returns the final page. */
    private String finished(String job, UserAccount who) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            String fragment = mvc.perform(get(job).header("HX-Request", "true").with(user(me(who))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            if (!fragment.contains("hx-trigger=\"every 1s\"")) {
                return mvc.perform(get(job).with(user(me(who)))).andReturn().getResponse().getContentAsString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + job + " did not end");
    }

    private Path uploads(Workspace workspace) throws Exception {
        Path folder = Path.of("target/test-data").toAbsolutePath();
        try (var found = Files.walk(folder)) {
            return found.filter(p -> p.endsWith(Path.of("directory-import", workspace.getId().toString()))).findFirst()
                    .orElseThrow();
        }
    }

    private static Path write(byte[] content) throws Exception {
        Path file = Files.createTempFile("import", ".xlsx");
        Files.write(file, content);
        file.toFile().deleteOnExit();
        return file;
    }

    /** A SIRET nobody has used yet, with its Luhn key right. */
    private static String siret() {
        String start = String.valueOf(1_000_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999_999L));
        for (int key = 0; key <= 9; key++) {
            if (fr.maillage.shared.Siret.isValid(start + key)) {
                return start + key;
            }
        }
        throw new IllegalStateException();
    }
}
