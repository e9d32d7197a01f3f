package fr.maillage.governance;

import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.files.FileStore;
import fr.maillage.shared.files.FileTypes;
import fr.maillage.shared.files.StoredFile;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents attached to meetings, kept in the shared file store: office documents, PDF and
 * images, typed by their content, 20 MB at most.
 */
@Service
@Transactional
public class MeetingFiles {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Set<String> ALLOWED = allowed();

    private final GovernanceManagement governance;
    private final MeetingDocuments documents;
    private final FileStore store;

    MeetingFiles(GovernanceManagement governance, MeetingDocuments documents, FileStore store) {
        this.governance = governance;
        this.documents = documents;
        this.store = store;
    }

    public MeetingDocument attach(Long workspaceId, Long meetingId, String fileName, InputStream content) {
        governance.meeting(workspaceId, meetingId);
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        StoredFile stored = store.store(name, content, MAX_BYTES, ALLOWED);
        return documents.save(new MeetingDocument(meetingId, stored.key(), name, stored.contentType(), stored.size()));
    }

    @Transactional(readOnly = true)
    public List<MeetingDocument> documents(Long meetingId) {
        return documents.findByMeetingIdOrderByUploadedAtAsc(meetingId);
    }

    @Transactional(readOnly = true)
    public MeetingDocument document(Long workspaceId, Long meetingId, Long documentId) {
        governance.meeting(workspaceId, meetingId);
        return documents.findById(documentId).filter(d -> d.getMeetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("document " + documentId));
    }

    public InputStream open(MeetingDocument document) {
        return store.open(document.getFileKey());
    }

    public void remove(Long workspaceId, Long meetingId, Long documentId) {
        MeetingDocument document = document(workspaceId, meetingId, documentId);
        documents.delete(document);
        store.delete(document.getFileKey());
    }

    private static Set<String> allowed() {
        Set<String> types = new HashSet<>(FileTypes.DOCUMENTS);
        types.addAll(FileTypes.IMAGES);
        return Set.copyOf(types);
    }
}
