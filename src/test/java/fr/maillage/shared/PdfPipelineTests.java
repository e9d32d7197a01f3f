package fr.maillage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.shared.pdf.PdfDocuments;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.PdfChecks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one document pipeline: names in Vietnamese and Polish come back as typed, the document is
 * tagged, in French, with its fonts embedded.
 */
@MaillageTest
class PdfPipelineTests {

    @Autowired
    PdfDocuments pdfs;

    @Test
    void names_with_vietnamese_and_polish_letters_print_as_typed_in_a_tagged_french_pdf() {
        byte[] pdf = pdfs.render("testing/pdf-names", Map.of("heading", "Participants 2024",
                "names", List.of("Nguyễn Thị Hương", "Łukasz Wiśniewski", "Ærøskøbing Đặng")));
        String text = PdfChecks.accessibleText(pdf);
        assertThat(text).contains("Participants 2024", "Nguyễn Thị Hương", "Łukasz Wiśniewski", "Ærøskøbing Đặng");
    }
}
