package fr.maillage.funding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The funders' lines of applications. */
public interface FundingLines extends JpaRepository<FundingLine, Long> {

    List<FundingLine> findByApplicationIdOrderByFunder(Long applicationId);

    List<FundingLine> findByApplicationIdIn(Collection<Long> applicationIds);

    Optional<FundingLine> findByIdAndWorkspaceId(Long id, Long workspaceId);

    /** What the funder has granted in the workspace for the year, the given line excepted. */
    @org.springframework.data.jpa.repository.Query("select coalesce(sum(l.granted), 0) from FundingLine l "
            + "where l.workspaceId = :workspaceId and l.funder = :funder and l.year = :year and l.id <> :exceptId")
    java.math.BigDecimal grantedExcept(Long workspaceId, Funder funder, int year, Long exceptId);
}
