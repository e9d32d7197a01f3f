package fr.maillage.shared.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Documents as PDF, from Thymeleaf templates: the same data and fragments as the pages (charts
 * included, drawn from their SVG), rendered by openhtmltopdf. A template is a complete, well-formed
 * XHTML document whose head includes {@code ~{fragments/pdf :: head(title)}} (A4 pages, numbered).
 * Every document is tagged (PDF/UA mode: structure tree, {@code /Lang} from the page's {@code lang},
 * title from its {@code <title>}) and uses only the embedded Unicode font of {@link PdfFonts}.
 */
@Service
public class PdfDocuments {

    private final ITemplateEngine templates;
    private final String styles;
    private final PdfFonts fonts = new PdfFonts();

    PdfDocuments(ITemplateEngine templates) throws IOException {
        this.templates = templates;
        try (var in = PdfDocuments.class.getResourceAsStream("/pdf/print.css")) {
            this.styles = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    public byte[] render(String template, Map<String, Object> variables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(template, variables, out);
        return out.toByteArray();
    }

    public void render(String template, Map<String, Object> variables, OutputStream out) {
        Context context = new Context(Locale.FRANCE, variables);
        context.setVariable("pdf", true);
        context.setVariable("pdfStyles", styles);
        String html = printable(templates.process(template, context));
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.usePdfUaAccessbility(true);
            fonts.register(builder);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * French number and date formats use narrow and thin no-break spaces, which the PDF's standard
     * fonts lack: they become ordinary no-break spaces.
     */
    static String printable(String html) {
        return html.replace('\u202F', '\u00A0').replace('\u2009', '\u00A0').replace("&nbsp;", "&#160;");
    }
}
