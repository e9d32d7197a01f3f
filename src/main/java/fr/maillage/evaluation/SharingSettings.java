package fr.maillage.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The workspaces' sharing settings.
 */
public interface SharingSettings extends JpaRepository<SharingSetting, Long> {

    @Query("select s.workspaceId from SharingSetting s where s.shared = true")
    List<Long> sharedWorkspaceIds();
}
