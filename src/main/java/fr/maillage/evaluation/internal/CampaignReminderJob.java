package fr.maillage.evaluation.internal;

import fr.maillage.evaluation.CampaignManagement;
import java.time.LocalDate;
import java.time.ZoneId;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning, reminds the carriers who have not answered a campaign whose deadline is near or
 * passed; one node only runs it.
 */
@Component
class CampaignReminderJob {

    private static final Logger log = LoggerFactory.getLogger(CampaignReminderJob.class);
    private final CampaignManagement campaigns;

    CampaignReminderJob(CampaignManagement campaigns) {
        this.campaigns = campaigns;
    }

    @Scheduled(cron = "${maillage.evaluation.reminder-cron:0 30 8 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "evaluation-campaign-reminders", lockAtMostFor = "PT10M")
    void remind() {
        int count = campaigns.remindLate(LocalDate.now(ZoneId.of("Europe/Paris")));
        if (count > 0) {
            log.info("Campaign reminders sent: {}", count);
        }
    }
}
