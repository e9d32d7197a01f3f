package fr.maillage.directory.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes vCard 4.0 (RFC 6350) cards one after the other: CRLF line ends, values escaped, lines
 * folded at 75 octets without cutting a character in two.
 */
public final class VCardWriter {

    private static final int LINE_OCTETS = 75;

    private final Writer out;

    public VCardWriter(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    }

    /** One card; blank values are left out. */
    public record Card(String uid, String firstName, String lastName, String title, String email, String phone,
            List<String> organisations) {
    }

    public void write(Card card) throws IOException {
        line("BEGIN:VCARD");
        line("VERSION:4.0");
        line("UID:" + card.uid());
        line("FN:" + escape(card.firstName() + " " + card.lastName()));
        line("N:" + escape(card.lastName()) + ";" + escape(card.firstName()) + ";;;");
        card.organisations().forEach(organisation -> line("ORG:" + escape(organisation)));
        optional("TITLE:", card.title());
        optional("EMAIL;TYPE=work:", card.email());
        optional("TEL;VALUE=text;TYPE=work:", card.phone());
        line("END:VCARD");
    }

    public void flush() throws IOException {
        out.flush();
    }

    private void optional(String name, String value) {
        if (value != null && !value.isBlank()) {
            line(name + escape(value));
        }
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Folds the line: continuation lines start with a space, which counts in their 75 octets. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LINE_OCTETS) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.append("\r\n").toString();
    }

    private void line(String line) {
        try {
            out.write(fold(line));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
