package fr.maillage.participation.internal;

import fr.maillage.participation.ParticipationManagement;
import fr.maillage.participation.VolunteerPool;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention rule of volunteer pools: every night, the pools whose retention date has passed
 * lose their residents' names and contact details; the anonymised list stays, so that past draws
 * can still be verified.
 */
@Component
class PoolRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(PoolRetentionJob.class);

    private final ParticipationManagement participation;

    PoolRetentionJob(ParticipationManagement participation) {
        this.participation = participation;
    }

    @Scheduled(cron = "${maillage.participation.retention-cron:0 30 3 * * *}")
    @SchedulerLock(name = "participation-pool-retention", lockAtMostFor = "PT10M")
    void eraseExpiredPools() {
        for (VolunteerPool pool : participation.poolsPastRetention(LocalDate.now())) {
            int erased = participation.erasePool(pool.getId());
            log.info("Pool {} past its retention date: {} volunteers erased", pool.getId(), erased);
        }
    }
}
