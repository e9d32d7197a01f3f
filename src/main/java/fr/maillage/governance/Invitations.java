package fr.maillage.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Invitations to meetings; the answer page finds one by the hash of its secret only. */
public interface Invitations extends JpaRepository<Invitation, Long> {

    List<Invitation> findByMeetingIdOrderByNameAsc(Long meetingId);

    Optional<Invitation> findByTokenHash(String tokenHash);

    Optional<Invitation> findByIdAndMeetingId(Long id, Long meetingId);
}
