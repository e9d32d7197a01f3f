package fr.maillage.knowledge;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.files.FileStore;
import fr.maillage.shared.files.FileTypes;
import fr.maillage.shared.files.StoredFile;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experience sheets' use cases: writing, the review workflow with its comments, and the
 * workspace's licence. Each change tells the global search what it now may find.
 */
@Service
@Transactional
public class KnowledgeManagement {

    private static final int MAX_COMMENT = 5000;
    private static final long MAX_ATTACHMENT = 10L * 1024 * 1024;
    private static final Set<String> ATTACHMENT_TYPES = Set.of(FileTypes.PDF, FileTypes.DOCX, FileTypes.ODT,
            FileTypes.XLSX, FileTypes.PNG, FileTypes.JPEG);

    private final ExperienceSheets sheets;
    private final SheetComments comments;
    private final KnowledgeSettingsRepository settings;
    private final KnowledgeSearchEvents searchEvents;
    private final SheetFiles sheetFiles;
    private final FileStore files;

    KnowledgeManagement(ExperienceSheets sheets, SheetComments comments, KnowledgeSettingsRepository settings,
            KnowledgeSearchEvents searchEvents, SheetFiles sheetFiles, FileStore files) {
        this.sheetFiles = sheetFiles;
        this.files = files;
        this.sheets = sheets;
        this.comments = comments;
        this.settings = settings;
        this.searchEvents = searchEvents;
    }

    /** A new draft; {@code sourceActionId} is the fiche action it was written from, if any. */
    public ExperienceSheet create(Long workspaceId, Long authorId, Long sourceActionId, SheetDetails details) {
        ExperienceSheet sheet = sheets.save(new ExperienceSheet(workspaceId, authorId, sourceActionId, details));
        searchEvents.sheetChanged(sheet);
        return sheet;
    }

    /**
     * Changes the content as the user saw it.
     *
     * @param expectedVersion the version the form was built from; another one means someone saved in
     *                        between, and the change is refused rather than lost
     */
    public ExperienceSheet update(Long workspaceId, Long sheetId, long expectedVersion, SheetDetails details) {
        ExperienceSheet sheet = sheet(workspaceId, sheetId);
        checkVersion(sheet, expectedVersion);
        if (!sheet.isEditable()) {
            throw new BusinessRuleException("knowledge.sheet.notEditable");
        }
        sheet.describe(details);
        searchEvents.sheetChanged(sheet);
        return sheet;
    }

    public ExperienceSheet submit(Long workspaceId, Long sheetId, long expectedVersion) {
        ExperienceSheet sheet = sheet(workspaceId, sheetId);
        checkVersion(sheet, expectedVersion);
        sheet.submit();
        return sheet;
    }

    /** Sends a sheet in review back to its author, with the reviewer's reason as a comment. */
    public ExperienceSheet sendBack(Long workspaceId, Long sheetId, long expectedVersion, AccountPrincipal reviewer,
            String reason) {
        ExperienceSheet sheet = sheet(workspaceId, sheetId);
        checkVersion(sheet, expectedVersion);
        sheet.sendBack();
        if (reason != null && !reason.isBlank()) {
            comment(workspaceId, sheetId, reviewer, reason);
        }
        return sheet;
    }

    /** Publishes on the public portal under a clean address that no other sheet uses. */
    public ExperienceSheet publish(Long workspaceId, Long sheetId, long expectedVersion) {
        ExperienceSheet sheet = sheet(workspaceId, sheetId);
        checkVersion(sheet, expectedVersion);
        sheet.publish(sheet.getSlug() == null ? freeSlug(sheet.getTitle()) : sheet.getSlug());
        searchEvents.sheetChanged(sheet);
        return sheet;
    }

    public ExperienceSheet archive(Long workspaceId, Long sheetId, long expectedVersion) {
        ExperienceSheet sheet = sheet(workspaceId, sheetId);
        checkVersion(sheet, expectedVersion);
        sheet.archive();
        searchEvents.sheetChanged(sheet);
        return sheet;
    }

    public ExperienceSheet reopen(Long workspaceId, Long sheetId, long expectedVersion) {
        ExperienceSheet sheet = sheet(workspaceId, sheetId);
        checkVersion(sheet, expectedVersion);
        sheet.reopen();
        searchEvents.sheetChanged(sheet);
        return sheet;
    }

    /** Deletes a draft that was never published, with its comments. */
    public void delete(Long workspaceId, Long sheetId) {
        ExperienceSheet sheet = sheet(workspaceId, sheetId);
        if (sheet.getStatus() != SheetStatus.DRAFT || sheet.getSlug() != null) {
            throw new BusinessRuleException("knowledge.sheet.onlyDraftsDeleted");
        }
        comments.deleteAll(comments.findBySheetIdOrderByCreatedAtAsc(sheetId));
        for (SheetFile file : sheetFiles.findBySheetIdOrderByCreatedAtAsc(sheetId)) {
            sheetFiles.delete(file);
            files.delete(file.getFileKey());
        }
        sheets.delete(sheet);
        searchEvents.sheetRemoved(sheetId);
    }

    public SheetComment comment(Long workspaceId, Long sheetId, AccountPrincipal author, String body) {
        sheet(workspaceId, sheetId);
        if (body == null || body.isBlank()) {
            throw new BusinessRuleException("knowledge.comment.empty");
        }
        String text = body.length() > MAX_COMMENT ? body.substring(0, MAX_COMMENT) : body;
        return comments.save(new SheetComment(sheetId, author.id(), author.getDisplayName(), text));
    }

    /**
     * Attaches a document (PDF, DOCX, ODT, XLSX) or an image (PNG, JPEG) to a sheet that may still change;
     * an image's description is its text alternative.
     */
    public SheetFile attach(Long workspaceId, Long sheetId, String fileName, InputStream content,
            String description) {
        ExperienceSheet sheet = sheet(workspaceId, sheetId);
        if (!sheet.isEditable()) {
            throw new BusinessRuleException("knowledge.sheet.notEditable");
        }
        StoredFile stored = files.store(fileName, content, MAX_ATTACHMENT, ATTACHMENT_TYPES);
        if (stored.contentType().startsWith("image/") && (description == null || description.isBlank())) {
            files.delete(stored.key());
            throw new BusinessRuleException("knowledge.file.altRequired");
        }
        return sheetFiles.save(new SheetFile(sheetId, stored.key(), stored.fileName(), stored.contentType(),
                stored.size(), description));
    }

    public void detach(Long workspaceId, Long sheetId, Long fileId) {
        SheetFile file = file(workspaceId, sheetId, fileId);
        sheetFiles.delete(file);
        files.delete(file.getFileKey());
    }

    @Transactional(readOnly = true)
    public List<SheetFile> files(Long sheetId) {
        return sheetFiles.findBySheetIdOrderByCreatedAtAsc(sheetId);
    }

    @Transactional(readOnly = true)
    public SheetFile file(Long workspaceId, Long sheetId, Long fileId) {
        sheet(workspaceId, sheetId);
        return sheetFiles.findById(fileId).filter(f -> f.getSheetId().equals(sheetId))
                .orElseThrow(() -> new NotFoundException("sheet file " + fileId));
    }

    /** The content of an attached file; the caller closes it. */
    public InputStream open(SheetFile file) {
        return files.open(file.getFileKey());
    }

    @Transactional(readOnly = true)
    public List<SheetComment> comments(Long workspaceId, Long sheetId) {
        sheet(workspaceId, sheetId);
        return comments.findBySheetIdOrderByCreatedAtAsc(sheetId);
    }

    /** A sheet of the workspace, with its territories, partners and themes; another workspace's is "not found". */
    @Transactional(readOnly = true)
    public ExperienceSheet sheet(Long workspaceId, Long sheetId) {
        return sheets.findWithCollectionsById(sheetId).filter(s -> s.getWorkspaceId().equals(workspaceId))
                .orElseThrow(() -> new NotFoundException("sheet " + sheetId));
    }

    /** A published sheet by its address, for the public portal. */
    @Transactional(readOnly = true)
    public ExperienceSheet published(String slug) {
        return sheets.findBySlugAndStatus(slug, SheetStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("sheet " + slug));
    }

    /** A published sheet by its id, for the public API. */
    @Transactional(readOnly = true)
    public ExperienceSheet published(Long sheetId) {
        return sheets.findWithCollectionsById(sheetId).filter(ExperienceSheet::isPublished)
                .orElseThrow(() -> new NotFoundException("sheet " + sheetId));
    }

    /** The latest published sheets, newest first, as the public home page lists them. */
    @Transactional(readOnly = true)
    public List<SheetSummary> latestPublished(int count) {
        return sheets.findByStatus(SheetStatus.PUBLISHED,
                        PageRequest.of(0, count, Sort.by(Sort.Direction.DESC, "publishedAt")))
                .map(SheetSummary::of).getContent();
    }

    @Transactional(readOnly = true)
    public Licence licence(Long workspaceId) {
        return settings.findById(workspaceId).map(KnowledgeSettings::getLicence).orElse(KnowledgeSettings.DEFAULT_LICENCE);
    }

    public void chooseLicence(Long workspaceId, Licence licence) {
        KnowledgeSettings current = settings.findById(workspaceId).orElseGet(() -> new KnowledgeSettings(workspaceId));
        current.choose(licence);
        settings.save(current);
    }

    private String freeSlug(String title) {
        String base = Slugs.of(title);
        String candidate = base;
        for (int i = 2; sheets.existsBySlug(candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }

    private static void checkVersion(ExperienceSheet sheet, long expectedVersion) {
        if (sheet.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(ExperienceSheet.class, sheet.getId());
        }
    }
}
