package fr.maillage.evaluation.web.api;

import fr.maillage.evaluation.Campaign;
import fr.maillage.evaluation.CampaignManagement;
import fr.maillage.evaluation.CampaignRequest;
import fr.maillage.evaluation.Direction;
import fr.maillage.evaluation.Disaggregation;
import fr.maillage.evaluation.Indicator;
import fr.maillage.evaluation.IndicatorDetails;
import fr.maillage.evaluation.IndicatorLevel;
import fr.maillage.evaluation.Measurement;
import fr.maillage.evaluation.Periodicity;
import fr.maillage.evaluation.Unit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;

/**
 * The JSON documents of the evaluation API.
 */
final class EvaluationApiModels {

    private EvaluationApiModels() {
    }

    record PageJson<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
        static <T> PageJson<T> of(Page<?> page, List<T> items) {
            return new PageJson<>(items, page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
        }
    }

    record IndicatorJson(Long id, String code, String name, String definition, Unit unit, Direction direction,
            IndicatorLevel level, Long objectiveId, Long actionId, Periodicity periodicity, String source,
            Set<Disaggregation> disaggregations, BigDecimal baselineValue, LocalDate baselineDate, BigDecimal minValue,
            BigDecimal maxValue, Map<String, BigDecimal> targets, long version) {
        static IndicatorJson of(Indicator i) {
            return new IndicatorJson(i.getId(), i.getCode(), i.getName(), i.getDefinition(), i.getUnit(),
                    i.getDirection(), i.getLevel(), i.getObjectiveId(), i.getActionId(), i.getPeriodicity(),
                    i.getSource(), i.getDisaggregations(), i.getBaselineValue(), i.getBaselineDate(), i.getMinValue(),
                    i.getMaxValue(), i.getTargets(), i.getVersion());
        }
    }

    record IndicatorRequest(
            @NotBlank(message = "{evaluation.indicator.name.required}") @Size(max = 250, message = "{evaluation.indicator.name.size}") String name,
            @Size(max = 4000, message = "{evaluation.indicator.definition.size}") String definition,
            @NotNull(message = "{evaluation.indicator.unit.required}") Unit unit,
            @NotNull(message = "{evaluation.indicator.direction.required}") Direction direction,
            @NotNull(message = "{evaluation.indicator.level.required}") IndicatorLevel level,
            Long objectiveId, Long actionId,
            @NotNull(message = "{evaluation.indicator.periodicity.required}") Periodicity periodicity,
            @Size(max = 500, message = "{evaluation.indicator.source.size}") String source,
            Set<Disaggregation> disaggregations, BigDecimal baselineValue, LocalDate baselineDate,
            BigDecimal minValue, BigDecimal maxValue, Map<String, BigDecimal> targets, Long version) {
        IndicatorDetails details(String code) {
            return new IndicatorDetails(code, name, definition, unit, direction, level, objectiveId, actionId,
                    periodicity, source, disaggregations, baselineValue, baselineDate, minValue, maxValue, targets);
        }
    }

    record MeasurementJson(Long id, Long indicatorId, String period, String dimension, String category,
            BigDecimal value, String comment, String source, Instant updatedAt, long version) {
        static MeasurementJson of(Measurement m) {
            return new MeasurementJson(m.getId(), m.getIndicatorId(), m.getPeriod(), m.getBreakdown().dimension(),
                    m.getBreakdown().category(), m.getValue(), m.getComment(), m.getSource(), m.getUpdatedAt(),
                    m.getVersion());
        }
    }

    /** One value to record: the part is the total when dimension is absent. */
    record ValueRequest(String dimension, String category, @NotNull(message = "{evaluation.api.value.required}") BigDecimal value) {
    }

    record MeasurementRequest(@NotNull(message = "{evaluation.api.indicator.required}") Long indicatorId,
            @NotBlank(message = "{evaluation.campaign.period.required}") String period,
            @NotNull(message = "{evaluation.api.values.required}") List<ValueRequest> values,
            @Size(max = 1000, message = "{evaluation.api.comment.size}") String comment,
            @Size(max = 500, message = "{evaluation.indicator.source.size}") String source, Boolean confirmed) {
    }

    record CampaignJson(Long id, String title, String period, LocalDate deadline, String status, long requests,
            long answered, long validated) {
        static CampaignJson of(Campaign c, CampaignManagement.Progress p) {
            return new CampaignJson(c.getId(), c.getTitle(), c.getPeriod(), c.getDeadline(), c.getStatus().name(),
                    p == null ? 0 : p.requests(), p == null ? 0 : p.answered(), p == null ? 0 : p.validated());
        }
    }

    record RequestJson(Long id, Long actionId, String actionTitle, String contactName, boolean answered,
            boolean validated, boolean revoked, int reminders) {
        static RequestJson of(CampaignRequest r) {
            return new RequestJson(r.getId(), r.getActionId(), r.getActionTitle(), r.getContactName(), r.isAnswered(),
                    r.isValidated(), r.isRevoked(), r.getReminderCount());
        }
    }

    record CampaignDetailJson(CampaignJson campaign, List<RequestJson> requests) {
    }
}
