package fr.maillage.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Published versions of minutes. */
public interface MinutesVersions extends JpaRepository<MinutesVersion, Long> {

    List<MinutesVersion> findByMeetingIdOrderByNumberDesc(Long meetingId);

    Optional<MinutesVersion> findByMeetingIdAndNumber(Long meetingId, int number);

    Optional<MinutesVersion> findByMeetingIdAndCurrentTrue(Long meetingId);

    /**
     * Records where the version's PDF is kept, unless another request recorded one in between;
     * returns 1 when recorded.
     */
    @Modifying
    @Query("update MinutesVersion v set v.pdfKey = :key where v.id = :id "
            + "and (v.pdfKey is null or v.pdfKey = :previous)")
    int keepPdf(@Param("id") Long id, @Param("key") String key, @Param("previous") String previous);
}
