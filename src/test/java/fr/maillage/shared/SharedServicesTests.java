package fr.maillage.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.maillage.shared.chart.Chart;
import fr.maillage.shared.chart.ChartKind;
import fr.maillage.shared.chart.ChartSeries;
import fr.maillage.shared.files.FileStore;
import fr.maillage.shared.files.FileTypes;
import fr.maillage.shared.files.StoredFile;
import fr.maillage.shared.mail.MailCounts;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.shared.mail.OutgoingMail;
import fr.maillage.shared.pdf.PdfDocuments;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.TestInfrastructure;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@MaillageTest
@Tag("database")
class SharedServicesTests {

    @Autowired
    MailOutbox outbox;
    @Autowired
    FileStore files;
    @Autowired
    PdfDocuments pdfs;

    @Test
    void queued_mails_are_sent_with_their_html_headers_and_attachments() throws Exception {
        String to = "outbox-" + System.nanoTime() + "@example.org";
        outbox.enqueue(OutgoingMail.text(to, "Convocation au COPIL", "Bonjour,\nvous êtes convoqué.", "test-outbox", "7")
                .withHtml("<p>Bonjour, vous êtes <strong>convoqué</strong>.</p>")
                .withHeader("List-Unsubscribe", "<https://maillage.example/desinscription/abc>")
                .withAttachment(new Mails.Attachment("seance.ics", "text/calendar",
                        "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8))));
        outbox.enqueue(OutgoingMail.text(to, "Rappel", "Rappel.", "test-outbox", "8"));
        assertThat(outbox.counts("test-outbox", "7").pending()).isEqualTo(1);

        outbox.flush();

        List<MimeMessage> received = Arrays.stream(TestInfrastructure.mail().getReceivedMessages())
                .filter(m -> recipient(m).equals(to)).toList();
        assertThat(received).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder("Convocation au COPIL", "Rappel");
        MimeMessage convocation = received.stream().filter(m -> subject(m).startsWith("Convocation")).findFirst().orElseThrow();
        assertThat(convocation.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://maillage.example/desinscription/abc>");
        assertThat(convocation.getContent()).isInstanceOf(Multipart.class);
        assertThat(parts((Multipart) convocation.getContent())).contains("seance.ics", "text/plain", "text/html");
        assertThat(outbox.counts("test-outbox", "7")).isEqualTo(new MailCounts(0, 1, 0));
        assertThat(outbox.counts("test-outbox", null).sent()).isEqualTo(2);
        assertThat(outbox.list("test-outbox", "8", org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(m -> assertThat(m.getSentAt()).isNotNull());
    }

    @Test
    void files_are_typed_by_their_content_and_limited_in_size() throws Exception {
        byte[] pdf = pdfs.render("testing/pdf-sample", Map.of("heading", "Compte rendu", "chart", chart()));
        StoredFile stored = files.store("compte-rendu.pdf", new ByteArrayInputStream(pdf), 1_000_000, FileTypes.DOCUMENTS);
        assertThat(stored.contentType()).isEqualTo(FileTypes.PDF);
        assertThat(stored.size()).isEqualTo(pdf.length);
        try (InputStream in = files.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }

        byte[] xlsx = xlsx();
        assertThat(files.store("tableau.xlsx", new ByteArrayInputStream(xlsx), 1_000_000, FileTypes.DOCUMENTS)
                .contentType()).isEqualTo(FileTypes.XLSX);

        byte[] executable = {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04};
        assertThatThrownBy(() -> files.store("rapport.pdf", new ByteArrayInputStream(executable), 1_000_000,
                FileTypes.DOCUMENTS)).isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("shared.file.typeRefused"));
        assertThatThrownBy(() -> files.store("gros.pdf", new ByteArrayInputStream(pdf), 100, FileTypes.DOCUMENTS))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("shared.file.tooLarge"));

        files.delete(stored.key());
        assertThatThrownBy(() -> files.open(stored.key())).isInstanceOf(java.io.UncheckedIOException.class);
    }

    @Test
    void a_pdf_carries_the_chart_and_its_data_table() throws Exception {
        byte[] pdf = pdfs.render("testing/pdf-sample", Map.of("heading", "Programmation 2027", "chart", chart()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Programmation 2027", "Montants par financeur", "État (BOP 147)", "Demandé");
            assertThat(text.replace('\u00A0', ' ')).contains("125 000,50 €");
        }
    }

    @Test
    void the_svg_is_an_image_with_title_and_description() {
        String svg = chart().svg();
        assertThat(svg).startsWith("<svg").contains("role=\"img\"", "<title id=\"financeurs-title\">Montants par financeur</title>",
                "<desc id=\"financeurs-desc\">").doesNotContain("style=");
        assertThat(svg.split("<rect ", -1).length - 1).isEqualTo(3 * 2 + 2); // bars + legend squares
        assertThat(new Chart("x", "<Titre & co>", "d", ChartKind.LINE, List.of("2025", "2026"),
                List.of(new ChartSeries("s", Arrays.asList(BigDecimal.ONE, null))), null).svg())
                .contains("&lt;Titre &amp; co&gt;");
    }

    private static Chart chart() {
        return new Chart("financeurs", "Montants par financeur", "Demandé et accordé par financeur en 2027.",
                ChartKind.GROUPED_BAR, List.of("État (BOP 147)", "CAF", "Commune"),
                List.of(new ChartSeries("Demandé", List.of(new BigDecimal("125000.50"), new BigDecimal("40000"),
                        new BigDecimal("30000"))),
                        new ChartSeries("Accordé", List.of(new BigDecimal("100000"), new BigDecimal("35000"),
                                new BigDecimal("30000")))), "€");
    }

    private static byte[] xlsx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "Maillage", "1.0")) {
            workbook.newWorksheet("Feuille").value(0, 0, "Bonjour");
        }
        return out.toByteArray();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    private static String parts(Multipart multipart) throws Exception {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            out.append(part.getContentType()).append(' ').append(part.getFileName()).append(' ');
            if (part.getContent() instanceof Multipart nested) {
                out.append(parts(nested));
            }
        }
        return out.toString();
    }
}
