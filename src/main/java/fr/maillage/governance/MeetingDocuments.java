package fr.maillage.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Documents attached to meetings. */
public interface MeetingDocuments extends JpaRepository<MeetingDocument, Long> {

    List<MeetingDocument> findByMeetingIdOrderByUploadedAtAsc(Long meetingId);
}
