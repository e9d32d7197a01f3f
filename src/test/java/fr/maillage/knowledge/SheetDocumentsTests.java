package fr.maillage.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A sheet's images and documents, and its PDF with its licence.
 */
@Tag("database")
class SheetDocumentsTests extends KnowledgeTestSupport {

    @Test
    void images_need_a_description_and_show_on_the_public_page() throws Exception {
        Long ws = montbeliard.getId();
        ExperienceSheet sheet = knowledge.create(ws, pilote.getId(), null, SheetDetails.titled("Fresque participative",
                "Une fresque peinte avec les habitants"));
        String url = "/espaces/" + ws + "/capitalisation/" + sheet.getId() + "/fichiers";
        mvc.perform(multipart(url).file(new MockMultipartFile("fichier", "fresque.png", "image/png", Documents.png()))
                .with(user(me(pilote))).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(knowledge.files(sheet.getId())).isEmpty();
        mvc.perform(multipart(url).file(new MockMultipartFile("fichier", "fresque.png", "image/png", Documents.png()))
                .param("description", "La fresque terminée sur le mur du gymnase")
                .with(user(me(pilote))).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(multipart(url).file(new MockMultipartFile("fichier", "bilan.pdf", "application/pdf",
                Documents.pdf("Bilan"))).with(user(me(pilote))).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(knowledge.files(sheet.getId())).hasSize(2);
        mvc.perform(multipart(url).file(new MockMultipartFile("fichier", "x.png", "image/png", Documents.png()))
                .param("description", "x").with(user(me(lecteur))).with(csrf())).andExpect(status().isForbidden());

        sheet = knowledge.submit(ws, sheet.getId(), sheet.getVersion());
        sheet = knowledge.publish(ws, sheet.getId(), knowledge.sheet(ws, sheet.getId()).getVersion());
        SheetFile image = knowledge.files(sheet.getId()).stream().filter(SheetFile::isImage).findFirst().orElseThrow();
        mvc.perform(get("/fiches/" + sheet.getSlug()))
                .andExpect(content().string(containsString("alt=\"La fresque terminée sur le mur du gymnase\"")))
                .andExpect(content().string(containsString("bilan.pdf")));
        mvc.perform(get("/fiches/" + sheet.getSlug() + "/fichiers/" + image.getId()))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"));
    }

    @Test
    void the_pdf_carries_the_content_and_the_licence() throws Exception {
        knowledge.chooseLicence(bourges.getId(), Licence.CC_BY_4);
        ExperienceSheet sheet = published(bourges, outsider, new SheetDetails("Petits déjeuners à l'école",
                "Des petits déjeuners servis en classe", Set.of(), Set.of(), null, Set.of(), Set.of("sante"),
                "Élèves de maternelle", null, null, null, "Améliorer la concentration", null, null,
                "Moins de fatigue constatée par les enseignants", null, null, "Mme Martin, coordinatrice"));
        byte[] pdf = mvc.perform(get("/fiches/" + sheet.getSlug() + ".pdf"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Petits déjeuners à l'école", "Améliorer la concentration",
                    "Mme Martin, coordinatrice", "CC BY 4.0", "/fiches/" + sheet.getSlug());
        }
    }
}
