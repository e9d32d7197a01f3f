package fr.maillage.knowledge;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Extracts the text of the big library documents in the background, one document per transaction,
 * so that an upload never waits for it; one node at a time.
 */
@Service
public class ResourceExtractionJob {

    private static final int BATCH = 20;

    private final LibraryManagement library;

    ResourceExtractionJob(LibraryManagement library) {
        this.library = library;
    }

    @Scheduled(fixedDelayString = "${maillage.knowledge.extraction-interval:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "knowledge-extraction", lockAtMostFor = "PT30M")
    void scheduled() {
        runOnce();
    }

    /**
     * Extracts every waiting document.
     *
     * @return how many were handled
     */
    public int runOnce() {
        int done = 0;
        for (List<Long> ids = library.pending(BATCH); !ids.isEmpty(); ids = library.pending(BATCH)) {
            ids.forEach(library::extract);
            done += ids.size();
        }
        return done;
    }
}
