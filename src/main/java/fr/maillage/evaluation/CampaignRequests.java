package fr.maillage.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The requests of the campaigns.
 */
public interface CampaignRequests extends JpaRepository<CampaignRequest, Long> {

    Optional<CampaignRequest> findByTokenHash(String tokenHash);

    List<CampaignRequest> findByCampaignIdOrderByActionTitleAsc(Long campaignId);

    Optional<CampaignRequest> findByIdAndCampaignId(Long id, Long campaignId);

    /** Per campaign of these workspaces: answered requests waiting for validation. */
    @Query("""
            select r.campaignId, count(r) from CampaignRequest r where r.workspaceId in :workspaceIds
            and r.answeredAt is not null and r.validatedAt is null group by r.campaignId""")
    List<Object[]> waitingForValidation(Collection<Long> workspaceIds);

    /** Per campaign: requests, answered ones, validated ones. */
    @Query("""
            select r.campaignId, count(r), count(r.answeredAt), count(r.validatedAt) from CampaignRequest r
            where r.campaignId in :campaignIds group by r.campaignId""")
    List<Object[]> progress(Collection<Long> campaignIds);
}
