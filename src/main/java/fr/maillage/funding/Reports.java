package fr.maillage.funding;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reports owed by carriers. */
public interface Reports extends JpaRepository<Report, Long> {

    List<Report> findByApplicationIdOrderByDueDate(Long applicationId);

    boolean existsByApplicationIdAndKind(Long applicationId, ReportKind kind);

    @Query("select r from Report r where r.workspaceId = :workspaceId and r.receivedOn is null and r.dueDate < :today "
            + "order by r.dueDate")
    Page<Report> overdue(Long workspaceId, LocalDate today, Pageable pageable);

    /** Overdue reports of every workspace not reminded since the date, for the reminder job. */
    @Query("select r from Report r where r.receivedOn is null and r.dueDate < :today "
            + "and (r.lastReminderAt is null or r.lastReminderAt < :remindedBefore) order by r.id")
    List<Report> toRemind(LocalDate today, java.time.Instant remindedBefore, Pageable pageable);
}
