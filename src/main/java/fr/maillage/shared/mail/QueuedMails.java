package fr.maillage.shared.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QueuedMails extends JpaRepository<QueuedMail, Long> {

    @Query("select m.id from QueuedMail m where m.status = fr.maillage.shared.mail.MailStatus.PENDING "
            + "and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<Long> dueIds(Instant now, Pageable pageable);

    @Query("select m.status, count(m) from QueuedMail m where m.category = :category "
            + "and (:reference is null or m.reference = :reference) group by m.status")
    List<Object[]> countByStatus(String category, String reference);

    @Query("select m from QueuedMail m where m.category = :category "
            + "and (:reference is null or m.reference = :reference) order by m.id desc")
    Page<QueuedMail> listed(String category, String reference, Pageable pageable);

    Page<QueuedMail> findByStatusOrderByIdDesc(MailStatus status, Pageable pageable);

    long countByStatus(MailStatus status);
}
