package fr.maillage.evaluation;

import org.springframework.stereotype.Component;

/**
 * The e-mails of a campaign: the request with the personal link, and the reminders.
 */
@Component
class CampaignMails {

    void request(Campaign campaign, CampaignRequest request, String secret) {
    }

    void reminder(Campaign campaign, CampaignRequest request, String secret) {
    }
}
