package fr.maillage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What every PDF of Maillage must be, read back with PDFBox: every font embedded, {@code /Lang fr},
 * tagged (structure tree, marked content), a title shown by readers, a trailer whose {@code /Size}
 * matches its objects, and years printed as years. Returns the extracted text, spaces normalised.
 */
public final class PdfChecks {

    private PdfChecks() {
    }

    public static String accessibleText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getLanguage()).as("/Lang").isEqualTo("fr");
            assertThat(catalog.getStructureTreeRoot()).as("StructTreeRoot").isNotNull();
            assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("MarkInfo /Marked").isTrue();
            assertThat(document.getDocumentInformation().getTitle()).as("title").isNotBlank();
            assertThat(catalog.getViewerPreferences()).as("ViewerPreferences").isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).as("DisplayDocTitle").isTrue();
            for (PDPage page : document.getPages()) {
                assertFontsEmbedded(page.getResources());
            }
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F\\u2009]+", " ");
            assertThat(text).as("years printed as years").doesNotContainPattern("\\b20 \\d{3}\\b");
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertFontsEmbedded(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                assertFontsEmbedded(form.getResources());
            }
        }
    }
}
