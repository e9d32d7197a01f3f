package fr.maillage.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The resource library: documents accepted by their content, their text extracted (at once or by
 * the background job) and found by searching with French stemming, downloads for members only.
 */
@Tag("database")
class ResourceLibraryTests extends KnowledgeTestSupport {

    @Autowired
    LibraryManagement library;

    @Autowired
    KnowledgeSearch search;

    @Autowired
    ResourceExtractionJob extraction;

    @Test
    void each_accepted_format_is_found_by_the_words_of_its_text() {
        Long ws = montbeliard.getId();
        add(ws, "Compte rendu du COPIL", "copil.pdf", Documents.pdf("Le comite de pilotage valide les orientations",
                "de la programmation des actions educatives"));
        add(ws, "Synthèse des ateliers", "ateliers.docx", Documents.docx("Les habitants demandent des jardins partagés."));
        add(ws, "Actes de la journée régionale", "actes.odt", Documents.odt("Table ronde sur la médiation sociale."));
        add(ws, "Tableau des indicateurs", "indicateurs.xlsx", Documents.xlsx("Taux de réussite au brevet"));
        assertThat(titles(ws, "éducatives")).containsExactly("Compte rendu du COPIL");
        assertThat(titles(ws, "jardin")).containsExactly("Synthèse des ateliers");
        assertThat(titles(ws, "médiations")).containsExactly("Actes de la journée régionale");
        assertThat(titles(ws, "brevet")).containsExactly("Tableau des indicateurs");
        assertThat(titles(bourges.getId(), "brevet")).isEmpty();
    }

    @Test
    void a_document_is_judged_by_its_content_not_its_name() throws Exception {
        String url = "/espaces/" + montbeliard.getId() + "/ressources/nouvelle";
        mvc.perform(multipart(url).file(new MockMultipartFile("fichier", "faux.pdf", "application/pdf",
                                "ceci n'est pas un PDF".getBytes()))
                        .param("title", "Faux PDF").param("kind", "GUIDE").with(user(me(contributeur))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("faux.pdf")))
                .andExpect(content().string(containsString("is-invalid")));
        String location = mvc.perform(multipart(url).file(new MockMultipartFile("fichier", "sans-extension",
                                "application/octet-stream", Documents.docx("Guide de la participation citoyenne")))
                        .param("title", "Guide participation").param("kind", "GUIDE").param("themeCodes", "participation")
                        .param("documentDate", "2026-10-01").param("author", "CRPV")
                        .with(user(me(contributeur))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(me(lecteur))))
                .andExpect(content().string(containsString("Guide de la participation citoyenne")));
        mvc.perform(get(location + "/fichier").with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        mvc.perform(get(location + "/fichier").with(user(me(outsider)))).andExpect(status().isNotFound());
        mvc.perform(multipart(url).file(new MockMultipartFile("fichier", "x.pdf", "application/pdf", Documents.pdf("x")))
                .param("title", "Lecture seule").param("kind", "GUIDE").with(user(me(lecteur))).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void big_documents_are_read_by_the_background_job_and_their_text_is_capped() {
        Long ws = montbeliard.getId();
        String[] paragraphs = new String[4000];
        for (int i = 0; i < paragraphs.length; i++) {
            paragraphs[i] = "Paragraphe " + i + " sur la tranquillité publique et la prévention de la délinquance.";
        }
        LibraryResource big = add(ws, "Diagnostic local de sécurité", "diagnostic.odt", Documents.odtWithPicture(100_000, paragraphs));
        assertThat(big.getExtraction()).isEqualTo(LibraryResource.Extraction.PENDING);
        assertThat(titles(ws, "délinquance")).isEmpty();
        assertThat(extraction.runOnce()).isGreaterThanOrEqualTo(1);
        LibraryResource read = library.resource(ws, big.getId());
        assertThat(read.getExtraction()).isEqualTo(LibraryResource.Extraction.DONE);
        assertThat(read.getExtractedText().length()).isLessThanOrEqualTo(200_000).isGreaterThan(100_000);
        assertThat(titles(ws, "délinquance")).containsExactly("Diagnostic local de sécurité");
    }

    private LibraryResource add(Long ws, String title, String fileName, byte[] bytes) {
        return library.add(ws, new ResourceDetails(title, ResourceKind.SYNTHESE, Set.of("education"), "Montbéliard",
                LocalDate.of(2026, 10, 1), "Équipe projet", null), fileName, new ByteArrayInputStream(bytes));
    }

    private java.util.List<String> titles(Long ws, String words) {
        return search.resources(ws, words, null, null, PageRequest.of(0, 10)).getContent().stream()
                .map(LibraryResource::getTitle).toList();
    }
}
