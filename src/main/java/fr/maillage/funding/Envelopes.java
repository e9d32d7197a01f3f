package fr.maillage.funding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Funders' envelopes per workspace and year. */
public interface Envelopes extends JpaRepository<Envelope, Long> {

    Optional<Envelope> findByIdAndWorkspaceId(Long id, Long workspaceId);

    Optional<Envelope> findByWorkspaceIdAndFunderAndYear(Long workspaceId, Funder funder, int year);

    List<Envelope> findByWorkspaceIdOrderByYearDescFunder(Long workspaceId);

    List<Envelope> findByWorkspaceIdAndYearOrderByFunder(Long workspaceId, int year);
}
