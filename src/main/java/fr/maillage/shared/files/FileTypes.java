package fr.maillage.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * File types recognised from their content (magic numbers, and for the office formats, the
 * entries of their zip container), never from their name: a renamed executable stays refused.
 */
public final class FileTypes {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    public static final String ODP = "application/vnd.oasis.opendocument.presentation";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String GIF = "image/gif";
    public static final String WEBP = "image/webp";
    public static final String ICS = "text/calendar";
    public static final String CSV_TEXT = "text/csv";
    public static final String ZIP = "application/zip";

    /** Office documents people exchange: PDF, Word, Excel, PowerPoint and their OpenDocument twins. */
    public static final Set<String> DOCUMENTS = Set.of(PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP);
    /** Images shown in pages. */
    public static final Set<String> IMAGES = Set.of(PNG, JPEG, GIF, WEBP);

    private FileTypes() {
    }

    /** The MIME type of a file from its content, or {@code null} when it is not one Maillage knows. */
    public static String detect(Path file) {
        byte[] head = new byte[8192];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return null;
        }
        if (read >= 5 && startsWith(head, "%PDF-")) {
            return PDF;
        }
        if (read >= 8 && (head[0] & 0xFF) == 0x89 && startsWith(head, 1, "PNG\r\n")) {
            return PNG;
        }
        if (read >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (read >= 6 && (startsWith(head, "GIF87a") || startsWith(head, "GIF89a"))) {
            return GIF;
        }
        if (read >= 12 && startsWith(head, "RIFF") && startsWith(head, 8, "WEBP")) {
            return WEBP;
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return zipType(file);
        }
        if (read == 0 || contains(head, read, (byte) 0)) {
            return null;
        }
        String start = new String(head, 0, Math.min(read, 64), StandardCharsets.ISO_8859_1).stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1);
        }
        if (start.toUpperCase().startsWith("BEGIN:VCALENDAR")) {
            return ICS;
        }
        return isText(head, read) ? CSV_TEXT : null;
    }

    private static String zipType(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    if (declared.equals(ODT) || declared.equals(ODS) || declared.equals(ODP)) {
                        return declared;
                    }
                }
            }
            if (zip.getEntry("[Content_Types].xml") != null) {
                if (zip.getEntry("word/document.xml") != null) {
                    return DOCX;
                }
                if (zip.getEntry("xl/workbook.xml") != null) {
                    return XLSX;
                }
                if (zip.getEntry("ppt/presentation.xml") != null) {
                    return PPTX;
                }
            }
            return ZIP;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isText(byte[] head, int read) {
        // UTF-8 (a truncated last character is fine) or a single-byte Western encoding without control bytes.
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, Math.max(0, read - 4)));
            return true;
        } catch (CharacterCodingException e) {
            for (int i = 0; i < read; i++) {
                int b = head[i] & 0xFF;
                if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return startsWith(bytes, 0, prefix);
    }

    private static boolean startsWith(byte[] bytes, int offset, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[offset + i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, int length, byte value) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == value) {
                return true;
            }
        }
        return false;
    }
}
