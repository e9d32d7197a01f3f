package fr.maillage.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Published versions of minutes. */
public interface MinutesVersions extends JpaRepository<MinutesVersion, Long> {

    List<MinutesVersion> findByMeetingIdOrderByNumberDesc(Long meetingId);

    Optional<MinutesVersion> findByMeetingIdAndNumber(Long meetingId, int number);

    Optional<MinutesVersion> findByMeetingIdAndCurrentTrue(Long meetingId);
}
