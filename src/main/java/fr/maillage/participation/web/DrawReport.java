package fr.maillage.participation.web;

import fr.maillage.participation.Council;
import fr.maillage.participation.Draw;
import fr.maillage.participation.DrawCitizenCouncil;
import fr.maillage.participation.DrawEntry;
import fr.maillage.shared.pdf.PdfDocuments;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The PDF report of a draw: pool size, quotas, seed phrase and seed, the drawn and the substitutes
 * in order. The public one shows pseudonyms only; the workspace's adds the names for those who may
 * see them.
 */
@Component
class DrawReport {

    private final DrawCitizenCouncil draws;
    private final PdfDocuments pdf;

    DrawReport(DrawCitizenCouncil draws, PdfDocuments pdf) {
        this.draws = draws;
        this.pdf = pdf;
    }

    ResponseEntity<byte[]> render(Council council, Draw draw, boolean withNames) {
        List<DrawEntry> entries = draws.entries(draw.getId());
        Map<String, Object> variables = new HashMap<>();
        variables.put("council", council);
        variables.put("draw", draw);
        variables.put("cells", draws.cellLabels(draw));
        variables.put("entries", entries);
        variables.put("withNames", withNames);
        variables.put("people", withNames ? draws.volunteersOf(entries) : Map.of());
        byte[] document = pdf.render("participation/draw-report", variables);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("tirage-" + draw.getId() + ".pdf").build().toString())
                .body(document);
    }
}
