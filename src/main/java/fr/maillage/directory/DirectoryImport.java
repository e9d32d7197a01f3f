package fr.maillage.directory;

import fr.maillage.shared.MaillageProperties;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.TableReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Importing organisations or contacts from a spreadsheet, in steps the user can leave at any
 * time: upload (the file waits in a folder of its own under the data directory, nothing is
 * written to the database), choice of columns (guessed from the headers, or the workspace's last
 * choice), preview of what each row would become, then confirmation, which queues the import.
 */
@Service
public class DirectoryImport {

    private static final Pattern TOKEN = Pattern.compile("[0-9a-f-]{36}");

    private final Path folder;
    private final ImportMappings mappings;
    private final ImportJobs jobs;
    private final OrganisationImport organisationImport;
    private final ContactImport contactImport;
    private final ImportRunner runner;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate transaction;

    DirectoryImport(MaillageProperties properties, ImportMappings mappings, ImportJobs jobs,
            OrganisationImport organisationImport, ContactImport contactImport, ImportRunner runner,
            PlatformTransactionManager transactions) {
        this.folder = properties.dataPath().resolve("tmp").resolve("directory-import");
        this.mappings = mappings;
        this.jobs = jobs;
        this.organisationImport = organisationImport;
        this.contactImport = contactImport;
        this.runner = runner;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    /** An uploaded file waiting for the user's confirmation. */
    public record Pending(String token, ImportKind kind, String fileName, TableReader.Table table) {
    }

    /**
     * Keeps the uploaded file until the import is confirmed or cancelled.
     *
     * @return the token that names it in the next steps
     * @throws TableReader.UnreadableTableException when it is neither CSV nor XLSX, or has no header
     */
    public String upload(Long workspaceId, ImportKind kind, String fileName, InputStream content) {
        String token = UUID.randomUUID().toString();
        Path file = file(workspaceId, token, kind);
        try {
            Files.createDirectories(file.getParent());
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(nameFile(file), fileName == null ? "" : fileName, StandardCharsets.UTF_8);
            if (TableReader.read(file).headers().isEmpty()) {
                throw new TableReader.UnreadableTableException("no header", null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        return token;
    }

    /** The waiting file of the workspace, read again; another workspace's token is not found. */
    public Pending pending(Long workspaceId, String token, ImportKind kind) {
        Path file = existing(workspaceId, token, kind);
        try {
            return new Pending(token, kind, Files.readString(nameFile(file), StandardCharsets.UTF_8),
                    TableReader.read(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workspace's last choice of columns when the headers still match it, a guess otherwise. */
    public Map<String, Integer> suggestedColumns(Long workspaceId, Pending pending) {
        Map<String, Integer> remembered = mappings.findByWorkspaceIdAndKind(workspaceId, pending.kind())
                .map(m -> m.applyTo(pending.table().headers())).orElse(Map.of());
        return remembered.isEmpty() ? pending.kind().guess(pending.table().headers()) : remembered;
    }

    /** What the import would do, row by row; nothing is written. */
    public ImportPlan preview(Long workspaceId, Pending pending, Map<String, Integer> columns) {
        return readOnly.execute(s -> new ImportPlan(pending.kind(), pending.kind() == ImportKind.ORGANISATIONS
                ? organisationImport.plan(pending.table(), columns)
                : contactImport.plan(pending.table(), columns, workspaceId)));
    }

    /** Remembers the columns for the workspace's next import and queues this one. */
    public ImportJob confirm(Long workspaceId, Long userId, Pending pending, Map<String, Integer> columns) {
        ImportJob job = transaction.execute(s -> {
            ImportMapping mapping = mappings.findByWorkspaceIdAndKind(workspaceId, pending.kind())
                    .orElseGet(() -> new ImportMapping(workspaceId, pending.kind()));
            mapping.remember(columns, pending.table().headers());
            mappings.save(mapping);
            return jobs.save(new ImportJob(workspaceId, userId, pending.kind(), pending.fileName(),
                    pending.table().rows().size()));
        });
        runner.submit(job.getId(), file(workspaceId, pending.token(), pending.kind()), columns);
        return job;
    }

    /** Forgets the waiting file. */
    public void cancel(Long workspaceId, String token, ImportKind kind) {
        delete(existing(workspaceId, token, kind));
    }

    /** An import of the workspace, with its report. */
    public ImportJob job(Long workspaceId, Long jobId) {
        return jobs.findByIdAndWorkspaceId(jobId, workspaceId)
                .orElseThrow(() -> new NotFoundException("import " + jobId));
    }

    static Path nameFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".name");
    }

    private Path existing(Long workspaceId, String token, ImportKind kind) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotFoundException("import file " + token);
        }
        Path file = file(workspaceId, token, kind);
        if (!Files.exists(file)) {
            throw new NotFoundException("import file " + token);
        }
        return file;
    }

    private Path file(Long workspaceId, String token, ImportKind kind) {
        return folder.resolve(String.valueOf(workspaceId)).resolve(token + "." + kind.slug());
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(nameFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
