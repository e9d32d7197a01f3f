package fr.maillage.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.extractor.XSSFEventBasedExcelExtractor;

/**
 * The text of a library document, read with bounded memory and cut at a maximum length: PDF with
 * PDFBox (its buffers in temporary files), XLSX with POI's streaming reader, DOCX and ODT by
 * streaming the XML of their main part out of the zip (paragraphs become new lines).
 */
public final class TextExtractor {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ODT = "application/vnd.oasis.opendocument.text";

    private TextExtractor() {
    }

    /** Thrown when the cap is reached: the text read so far is what is kept. */
    private static final class Full extends IOException {
        Full() {
            super("full", null);
        }
    }

    /** Collects text up to a number of characters, then refuses more. */
    private static final class CappedWriter extends Writer {

        private final StringBuilder text = new StringBuilder();
        private final int max;

        CappedWriter(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            int room = max - text.length();
            text.append(buffer, offset, Math.min(room, length));
            if (length >= room) {
                throw new Full();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        String text() {
            return text.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\n\\s*\\n+", "\n").strip();
        }
    }

    /**
     * @param contentType the type detected from the content
     * @return the text, at most {@code maxChars} characters; empty when the type has no text
     */
    public static String extract(Path file, String contentType, int maxChars) throws IOException {
        CappedWriter out = new CappedWriter(maxChars);
        try {
            switch (contentType) {
                case PDF -> pdf(file, out);
                case DOCX -> zippedXml(file, "word/document.xml", "t", "p", out);
                case ODT -> zippedXml(file, "content.xml", null, "p", out);
                case XLSX -> xlsx(file, out);
                default -> {
                    return "";
                }
            }
        } catch (Full full) {
            // the cap is reached: keep what was read
        }
        return out.text();
    }

    private static void pdf(Path file, CappedWriter out) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            stripper.writeText(document, out);
        }
    }

    private static void xlsx(Path file, CappedWriter out) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFEventBasedExcelExtractor extractor = new XSSFEventBasedExcelExtractor(pkg)) {
            extractor.setIncludeSheetNames(true);
            out.write(extractor.getText());
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.apache.xmlbeans.XmlException e) {
            throw new IOException(e);
        }
    }

    /**
     * Streams the text of a zipped XML part; {@code textElement} (local name) limits the text to
     * those elements (DOCX's w:t), null takes every text; {@code paragraph} ends a line.
     */
    private static void zippedXml(Path file, String part, String textElement, String paragraph, CappedWriter out)
            throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(part);
            if (entry == null) {
                throw new IOException("no " + part);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                XMLStreamReader xml = factory().createXMLStreamReader(in);
                int inText = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(textElement)) {
                        inText++;
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (xml.getLocalName().equals(textElement)) {
                            inText--;
                        } else if (xml.getLocalName().equals(paragraph)) {
                            out.write("\n");
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS && (textElement == null || inText > 0)) {
                        out.write(xml.getText());
                    }
                }
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
