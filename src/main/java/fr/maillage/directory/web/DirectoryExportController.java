package fr.maillage.directory.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.DirectoryAction;
import fr.maillage.directory.DirectoryExport;
import fr.maillage.directory.ExportFormat;
import fr.maillage.directory.OrganisationFilters;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.shared.NotFoundException;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads of the directory lists with the filters of the search page. The rights are checked
 * before the download starts; the file is then written while the database is read, so that the
 * first bytes leave at once and a long list never sits in memory.
 */
@Controller
class DirectoryExportController {

    private final DirectoryGate gate;
    private final DirectoryExport export;

    DirectoryExportController(DirectoryGate gate, DirectoryExport export) {
        this.gate = gate;
        this.export = export;
    }

    @GetMapping("/espaces/{id}/annuaire/export/organisations.{extension}")
    ResponseEntity<StreamingResponseBody> organisations(@PathVariable Long id, @PathVariable String extension,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationKind kind, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String commune, @RequestParam(required = false) String epci,
            @RequestParam(required = false) String qpv, @RequestParam(required = false) String tag) {
        gate.require(id, me, DirectoryAction.VIEW_DIRECTORY);
        ExportFormat format = format(extension);
        if (format == ExportFormat.VCARD) {
            throw new NotFoundException("vCard of organisations");
        }
        OrganisationFilters filters = new OrganisationFilters(q, kind, theme, commune, epci, qpv, tag);
        return download(format, "annuaire-organisations", out -> export.organisations(filters, id, format, out));
    }

    @GetMapping("/espaces/{id}/annuaire/export/contacts.{extension}")
    ResponseEntity<StreamingResponseBody> contacts(@PathVariable Long id, @PathVariable String extension,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String q) {
        gate.require(id, me, DirectoryAction.VIEW_CONTACTS);
        ExportFormat format = format(extension);
        return download(format, "annuaire-contacts", out -> export.contacts(id, q, format, out));
    }

    private static ExportFormat format(String extension) {
        return ExportFormat.ofExtension(extension).orElseThrow(() -> new NotFoundException("format " + extension));
    }

    private static ResponseEntity<StreamingResponseBody> download(ExportFormat format, String name,
            StreamingResponseBody body) {
        String filename = name + "-" + LocalDate.now() + "." + format.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
