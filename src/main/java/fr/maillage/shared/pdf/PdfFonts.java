package fr.maillage.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The font of every PDF, DejaVu Sans (Bitstream Vera licence, beside the files), read once from the
 * classpath and embedded as a subset: it covers Latin Extended and Vietnamese, so every name prints as
 * it was typed, and PDF/UA requires every font to be embedded.
 */
final class PdfFonts {

    static final String FAMILY = "DejaVu Sans";

    private record Face(byte[] bytes, int weight, FontStyle style) {
    }

    private final List<Face> faces;

    PdfFonts() {
        this.faces = List.of(face("DejaVuSans", 400, FontStyle.NORMAL), face("DejaVuSans-Bold", 700, FontStyle.NORMAL),
                face("DejaVuSans-Oblique", 400, FontStyle.ITALIC),
                face("DejaVuSans-BoldOblique", 700, FontStyle.ITALIC));
    }

    void register(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FAMILY, face.weight(), face.style(), true);
        }
    }

    private static Face face(String name, int weight, FontStyle style) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/pdf/fonts/" + name + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + name);
            }
            return new Face(in.readAllBytes(), weight, style);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
