package fr.maillage.programme;

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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files attached to fiches actions (convention, bilan, photos): their content in the
 * platform's file store, their record here. Every method names the workspace and the action.
 */
@Service
@Transactional
public class ActionAttachments {

    /** The largest file that may be attached to an action. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    private final ProgrammeManagement programme;
    private final ActionFiles files;
    private final FileStore fileStore;

    ActionAttachments(ProgrammeManagement programme, ActionFiles files, FileStore fileStore) {
        this.programme = programme;
        this.files = files;
        this.fileStore = fileStore;
    }

    /**
     * Attaches a file to an action: documents (PDF, office formats) and images, typed by their
     * content, up to {@link #MAX_FILE_BYTES}.
     *
     * @throws fr.maillage.shared.BusinessRuleException when the file is too large or of a refused type
     */
    public ActionFile attachFile(Long workspaceId, Long actionId, String fileName, InputStream content,
            String uploadedBy) {
        programme.action(workspaceId, actionId);
        Set<String> allowed = new HashSet<>(FileTypes.DOCUMENTS);
        allowed.addAll(FileTypes.IMAGES);
        StoredFile stored = fileStore.store(fileName, content, MAX_FILE_BYTES, allowed);
        return files.save(new ActionFile(actionId, workspaceId, stored.key(), stored.fileName(), stored.contentType(),
                stored.size(), stored.sha256(), uploadedBy));
    }

    @Transactional(readOnly = true)
    public List<ActionFile> files(Long workspaceId, Long actionId) {
        programme.action(workspaceId, actionId);
        return files.findByActionIdOrderByUploadedAtAscIdAsc(actionId);
    }

    @Transactional(readOnly = true)
    public ActionFile file(Long workspaceId, Long actionId, Long fileId) {
        return files.findByIdAndActionIdAndWorkspaceId(fileId, actionId, workspaceId)
                .orElseThrow(() -> new NotFoundException("file " + fileId));
    }

    /** The content of an attached file. */
    public InputStream openFile(ActionFile file) {
        return fileStore.open(file.getFileKey());
    }

    /** Detaches a file; its content is deleted once the detachment is committed. */
    public ActionFile removeFile(Long workspaceId, Long actionId, Long fileId) {
        ActionFile file = file(workspaceId, actionId, fileId);
        files.delete(file);
        String key = file.getFileKey();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    fileStore.delete(key);
                }
            });
        } else {
            fileStore.delete(key);
        }
        return file;
    }

}
