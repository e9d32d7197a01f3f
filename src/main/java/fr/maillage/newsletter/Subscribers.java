package fr.maillage.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The subscribers of the newsletters. */
public interface Subscribers extends JpaRepository<Subscriber, Long> {

    Optional<Subscriber> findByNewsletterIdAndEmail(Long newsletterId, String email);

    Optional<Subscriber> findByConfirmationHash(String confirmationHash);

    Page<Subscriber> findByNewsletterIdAndStatusOrderByEmail(Long newsletterId, SubscriberStatus status,
            Pageable pageable);

    long countByNewsletterIdAndStatus(Long newsletterId, SubscriberStatus status);

    @Query("select count(s) from Subscriber s where s.newsletterId = ?1 and s.status = 'CONFIRMED' and s.confirmedAt <= ?2")
    long countRecipients(Long newsletterId, Instant confirmedBefore);

    /**
     * The next confirmed subscribers (confirmed before the issue's sending started) that have no
     * delivery of the issue yet, by id.
     */
    @Query("""
            select s from Subscriber s where s.newsletterId = ?1 and s.status = 'CONFIRMED' and s.confirmedAt <= ?3
            and not exists (select d.id from Delivery d where d.issueId = ?2 and d.subscriberId = s.id)
            order by s.id""")
    List<Subscriber> awaiting(Long newsletterId, Long issueId, Instant confirmedBefore, Pageable pageable);
}
