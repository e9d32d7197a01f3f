package fr.maillage.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The fiche action as a PDF, and the files attached to an action.
 */
class ActionDocumentsTests extends ProgrammeTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    ActionAttachments attachments;

    @Test
    void the_fiche_action_pdf_carries_what_the_page_shows() throws Exception {
        Objective[] tree = smallTree(montbeliard);
        Action action = programme.createAction(montbeliard.getId(), new ActionDraft("Cafés des parents",
                centreSocial.getId(), List.of(new ActionPartner(college.getId(), "Accueil")), Set.of(tree[1].getId()),
                "<p>Rencontres <em>mensuelles</em> au centre social.</p>", Set.of(AgeBand.FAMILLES), 30,
                TargetGender.TOUS, null, null, Set.of("QN02501M"), LocalDate.of(2027, 2, 1), LocalDate.of(2027, 11, 30),
                ActionStatus.EN_COURS, 2027, false, null, new BigDecimal("4200.00"), null));
        byte[] pdf = mvc.perform(get(base(montbeliard) + "/actions/" + action.getId() + "/fiche.pdf")
                        .with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text).contains("Fiche action : Cafés des parents", centreSocial.getName(), "4 200,00 €",
                    "Accompagner les parents", "Petite Hollande", "Rencontres", "mensuelles",
                    "Du 01/02/2027 au 30/11/2027", "Familles");
        }
        mvc.perform(get(base(bourges) + "/actions/" + action.getId() + "/fiche.pdf").with(user(me(outsider))))
                .andExpect(status().isNotFound());
    }

    @Test
    void files_are_attached_downloaded_and_removed_by_those_who_edit() throws Exception {
        Action action = programme.createAction(montbeliard.getId(),
                ActionDraft.of("Sorties culturelles", centreSocial.getId(), 2027));
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String url = base(montbeliard) + "/actions/" + action.getId();
        mvc.perform(multipart(url + "/fichiers").file(new MockMultipartFile("fichier", "convention.pdf",
                        "application/pdf", pdf)).with(csrf()).with(user(me(lecteur))))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(url + "/fichiers").file(new MockMultipartFile("fichier", "script.exe",
                        "application/pdf", new byte[] {0x4d, 0x5a, 0, 0})).with(csrf()).with(user(me(pilote))))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(multipart(url + "/fichiers").file(new MockMultipartFile("fichier", "convention.pdf",
                        "application/pdf", pdf)).with(csrf()).with(user(me(pilote))))
                .andExpect(status().is3xxRedirection());
        ActionFile file = attachments.files(montbeliard.getId(), action.getId()).get(0);
        mvc.perform(get(url).with(user(me(lecteur)))).andExpect(content().string(containsString("convention.pdf")));
        byte[] downloaded = mvc.perform(get(url + "/fichiers/" + file.getId()).with(user(me(lecteur))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        mvc.perform(post(url + "/fichiers/" + file.getId() + "/supprimer").with(csrf()).with(user(me(pilote))))
                .andExpect(status().is3xxRedirection());
        assertThat(attachments.files(montbeliard.getId(), action.getId())).isEmpty();
    }
}
