package fr.maillage.knowledge;

import fr.maillage.knowledge.internal.TextExtractor;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.files.FileStore;
import fr.maillage.shared.files.FileTypes;
import fr.maillage.shared.files.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resource library's use cases. A document is accepted by its content (PDF, DOCX, ODT, XLSX),
 * never by its name, within the size limit; its text is extracted at once when it is small, by the
 * background job otherwise, and made searchable.
 */
@Service
@Transactional
public class LibraryManagement {

    /** The types the library accepts. */
    public static final Set<String> TYPES = Set.of(FileTypes.PDF, FileTypes.DOCX, FileTypes.ODT, FileTypes.XLSX);

    private static final Logger log = LoggerFactory.getLogger(LibraryManagement.class);

    private final LibraryResources resources;
    private final FileStore files;
    private final KnowledgeProperties properties;
    private final KnowledgeSearchEvents searchEvents;

    LibraryManagement(LibraryResources resources, FileStore files, KnowledgeProperties properties,
            KnowledgeSearchEvents searchEvents) {
        this.resources = resources;
        this.files = files;
        this.properties = properties;
        this.searchEvents = searchEvents;
    }

    /**
     * Keeps a document with its metadata.
     *
     * @throws fr.maillage.shared.BusinessRuleException when it is too large, empty or not of an accepted type
     */
    public LibraryResource add(Long workspaceId, ResourceDetails details, String fileName, InputStream content) {
        StoredFile stored = files.store(fileName, content, properties.resourceMaxSize().toBytes(), TYPES);
        LibraryResource resource = resources.save(new LibraryResource(workspaceId, details, stored.key(),
                stored.fileName(), stored.contentType(), stored.size()));
        if (stored.size() <= properties.inlineExtractionMaxSize().toBytes()) {
            extractInto(resource);
        }
        searchEvents.resourceChanged(resource);
        return resource;
    }

    public LibraryResource describe(Long workspaceId, Long resourceId, long expectedVersion, ResourceDetails details) {
        LibraryResource resource = resource(workspaceId, resourceId);
        if (resource.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(LibraryResource.class, resourceId);
        }
        resource.describe(details);
        searchEvents.resourceChanged(resource);
        return resource;
    }

    public void delete(Long workspaceId, Long resourceId) {
        LibraryResource resource = resource(workspaceId, resourceId);
        resources.delete(resource);
        files.delete(resource.getFileKey());
        searchEvents.resourceRemoved(resourceId);
    }

    @Transactional(readOnly = true)
    public LibraryResource resource(Long workspaceId, Long resourceId) {
        return resources.findWithThemesById(resourceId).filter(r -> r.getWorkspaceId().equals(workspaceId))
                .orElseThrow(() -> new NotFoundException("resource " + resourceId));
    }

    /** The content of the document; the caller closes it. */
    @Transactional(readOnly = true)
    public InputStream open(LibraryResource resource) {
        return files.open(resource.getFileKey());
    }

    /** Up to {@code count} documents still waiting for their text, oldest first. */
    @Transactional(readOnly = true)
    public List<Long> pending(int count) {
        return resources.findPendingIds(PageRequest.of(0, count));
    }

    /** Extracts the text of one waiting document (the background job, one transaction each). */
    public void extract(Long resourceId) {
        resources.findWithThemesById(resourceId)
                .filter(r -> r.getExtraction() == LibraryResource.Extraction.PENDING)
                .ifPresent(r -> {
                    extractInto(r);
                    searchEvents.resourceChanged(r);
                });
    }

    private void extractInto(LibraryResource resource) {
        try {
            resource.extracted(TextExtractor.extract(files.path(resource.getFileKey()), resource.getContentType(),
                    properties.extractionMaxChars()));
        } catch (IOException | RuntimeException e) {
            log.warn("Text extraction failed for resource {} ({})", resource.getId(), resource.getFileName(), e);
            resource.extractionFailed();
        }
    }
}
