package fr.maillage.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.UserAccount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Exports of the directory lists: what the search found, in the files people open (Excel in French,
 * XLSX, vCard), over several chunks (the tests read 7 records at a time), and never another
 * workspace's contacts.
 */
@Tag("database")
class DirectoryExportTests extends DirectoryTestSupport {

    @Test
    void the_filtered_organisations_export_to_csv_for_french_excel_in_list_order() throws Exception {
        for (int i = 1; i <= 16; i++) {
            organisation(String.format("Exportine association %02d", i), OrganisationKind.ASSOCIATION, "25388",
                    Set.of("education"));
        }
        organisation("Exportine mairie", OrganisationKind.COMMUNE, "25388", Set.of());
        byte[] body = download(base(montbeliard) + "/export/organisations.csv?q=Exportine&kind=ASSOCIATION", lecteur);
        assertThat(Arrays.copyOf(body, 3)).as("UTF-8 BOM").containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).startsWith("Identifiant Maillage;Nom;Sigle;Type;SIRET;RNA");
        assertThat(lines).hasSize(17);
        assertThat(lines.get(1)).contains(";Exportine association 01;;Association;").contains(";Montbéliard;")
                .contains(";Éducation;");
        assertThat(lines.get(16)).contains("Exportine association 16");
        assertThat(lines).noneMatch(l -> l.contains("mairie"));
    }

    @Test
    void a_cell_excel_would_run_as_a_formula_is_neutralised() throws Exception {
        organisation("=HYPERLINK(\"http://evil\";\"Formulex\")", OrganisationKind.AUTRE, null, Set.of());
        String csv = new String(download(base(montbeliard) + "/export/organisations.csv?q=Formulex", pilote),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(";\"=HYPERLINK");
    }

    @Test
    void organisations_export_to_an_xlsx_workbook() throws Exception {
        organisation("Classeurine centre social", OrganisationKind.ASSOCIATION, "25388", Set.of());
        MvcResult started = mvc.perform(get(base(montbeliard) + "/export/organisations.xlsx?q=Classeurine")
                        .with(user(me(lecteur))))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] body = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        containsString("annuaire-organisations-" + LocalDate.now() + ".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        String xml = unzipped(body);
        assertThat(xml).contains("Classeurine centre social").contains("Identifiant Maillage");
    }

    @Test
    void contacts_export_as_vcards_and_csv_of_the_callers_workspace_only() throws Exception {
        Organisation asso = organisation("Maison Vcardine", OrganisationKind.ASSOCIATION, "25388", Set.of());
        directory.createContact(montbeliard.getId(), new ContactDetails("Nadia", "Vcardière", "Directrice, accueil",
                "nadia@example.org", "03 81 00 00 00", LegalBasis.MISSION_INTERET_PUBLIC, null, null,
                List.of(new Affiliation(asso.getId(), "Directrice"))));
        directory.createContact(bourges.getId(), new ContactDetails("Bruno", "Vcardière", null, null, null,
                LegalBasis.MISSION_INTERET_PUBLIC, null, null, List.of()));
        String cards = new String(download(base(montbeliard) + "/export/contacts.vcf?q=Vcardiere", lecteur),
                StandardCharsets.UTF_8);
        assertThat(cards).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n").contains("FN:Nadia Vcardière\r\n")
                .contains("N:Vcardière;Nadia;;;\r\n").contains("TITLE:Directrice\\, accueil\r\n")
                .contains("ORG:Maison Vcardine\r\n").contains("EMAIL;TYPE=work:nadia@example.org\r\n")
                .doesNotContain("Bruno").endsWith("END:VCARD\r\n");
        String csv = new String(download(base(montbeliard) + "/export/contacts.csv?q=Vcardiere", pilote),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Prénom;Nom;Fonction").contains("Maison Vcardine (Directrice)")
                .doesNotContain("Bruno");
        mvc.perform(get(base(montbeliard) + "/export/contacts.csv").with(user(me(outsider))))
                .andExpect(status().isNotFound());
        mvc.perform(get(base(montbeliard) + "/export/organisations.vcf").with(user(me(pilote))))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_search_page_offers_downloads_that_keep_the_filters() throws Exception {
        mvc.perform(get(base(montbeliard)).param("q", "maison").param("kind", "ASSOCIATION").with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        base(montbeliard) + "/export/organisations.csv?q=maison&amp;kind=ASSOCIATION")))
                .andExpect(content().string(containsString("Exporter cette liste")));
        mvc.perform(get(base(montbeliard)).param("onglet", "contacts").param("q", "martin").with(user(me(lecteur))))
                .andExpect(content().string(containsString(base(montbeliard) + "/export/contacts.vcf?q=martin")));
    }

    private byte[] download(String url, UserAccount account) throws Exception {
        MvcResult started = mvc.perform(get(url).with(user(me(account))))
                .andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    /** The text of every part of the workbook, read by its central directory as Excel does. */
    private static String unzipped(byte[] xlsx) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        StringBuilder text = new StringBuilder();
        try {
            java.nio.file.Files.write(file, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return text.toString();
    }
}
