package fr.maillage.agenda;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.Tokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The satisfaction survey of an event: its questions, the e-mail with a personal link to every
 * attendee, the answers (without the person when the survey is anonymous) and the results.
 */
@Service
@Transactional
public class EventSurveys {

    private final Events events;
    private final SurveyQuestions questions;
    private final SurveyResponses responses;
    private final SurveyAnswers answers;
    private final Registrations registrations;
    private final EventAttendance attendance;
    private final RegistrationMails mails;

    EventSurveys(Events events, SurveyQuestions questions, SurveyResponses responses, SurveyAnswers answers,
            Registrations registrations, EventAttendance attendance, RegistrationMails mails) {
        this.events = events;
        this.questions = questions;
        this.responses = responses;
        this.answers = answers;
        this.registrations = registrations;
        this.attendance = attendance;
        this.mails = mails;
    }

    /** A survey as an attendee opens it from his link. */
    public record Invitation(Event event, Registration registration, List<SurveyQuestion> questions) {
    }

    /** The results of one question: counts per value (1-5 or option) and the free texts. */
    public record QuestionResult(SurveyQuestion question, Map<String, Long> counts, Double average,
            List<String> texts) {
    }

    @Transactional(readOnly = true)
    public List<SurveyQuestion> questions(Long eventId) {
        return questions.findByEventIdOrderByPositionAscIdAsc(eventId);
    }

    public SurveyQuestion addQuestion(Long eventId, QuestionKind kind, String label, String choices) {
        if (kind == QuestionKind.CHOICE && (choices == null || choices.lines().filter(l -> !l.isBlank()).count() < 2)) {
            throw new BusinessRuleException("agenda.survey.choices.required");
        }
        int position = questions(eventId).stream().mapToInt(SurveyQuestion::getPosition).max().orElse(0) + 1;
        return questions.save(new SurveyQuestion(eventId, position, kind, label, choices));
    }

    public void removeQuestion(Long eventId, Long questionId) {
        SurveyQuestion question = questions.findByIdAndEventId(questionId, eventId)
                .orElseThrow(() -> new NotFoundException("question " + questionId));
        if (responses.countByEventId(eventId) > 0) {
            throw new BusinessRuleException("agenda.survey.answered");
        }
        questions.delete(question);
    }

    /**
     * E-mails a personal link to every attendee who has an address and has not answered yet.
     *
     * @return how many e-mails were queued
     */
    public int send(Long eventId) {
        Event event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event " + eventId));
        if (questions(eventId).isEmpty()) {
            throw new BusinessRuleException("agenda.survey.noQuestion");
        }
        int sent = 0;
        for (Registration registration : attendance.attendees(eventId)) {
            if (!registration.getEmail().isEmpty() && !registration.isSurveyAnswered()) {
                String secret = Tokens.random();
                registration.surveyLink(secret);
                mails.survey(event, registration, secret);
                sent++;
            }
        }
        if (sent == 0) {
            throw new BusinessRuleException("agenda.survey.noAttendee");
        }
        event.surveySent();
        return sent;
    }

    @Transactional(readOnly = true)
    public Invitation invitation(String secret) {
        Registration registration = registrations.findBySurveyTokenHash(Tokens.hash(secret))
                .orElseThrow(() -> new NotFoundException("survey link"));
        Event event = events.findById(registration.getEventId()).orElseThrow();
        return new Invitation(event, registration, questions(event.getId()));
    }

    /**
     * Records the answers given through a survey link, once.
     *
     * @param given answers by question id: a number 1-5, an option, or a text; blank ones are skipped
     */
    public void answer(String secret, Map<Long, String> given) {
        Invitation invitation = invitation(secret);
        Registration registration = registrations.findById(invitation.registration().getId()).orElseThrow();
        registration.surveyAnswered();
        SurveyResponse response = responses.save(new SurveyResponse(invitation.event().getId(),
                invitation.event().isSurveyAnonymous() ? null : registration.getId()));
        for (SurveyQuestion question : invitation.questions()) {
            String value = given.get(question.getId());
            if (value == null || value.isBlank()) {
                continue;
            }
            answers.save(switch (question.getKind()) {
                case SCALE -> new SurveyAnswer(response.getId(), question.getId(), scale(value), null);
                case CHOICE -> new SurveyAnswer(response.getId(), question.getId(), null, option(question, value));
                case TEXT -> new SurveyAnswer(response.getId(), question.getId(), null,
                        value.strip().length() > 2000 ? value.strip().substring(0, 2000) : value.strip());
            });
        }
    }

    @Transactional(readOnly = true)
    public long responseCount(Long eventId) {
        return responses.countByEventId(eventId);
    }

    @Transactional(readOnly = true)
    public List<QuestionResult> results(Long eventId) {
        List<SurveyQuestion> all = questions(eventId);
        Map<Long, List<SurveyAnswer>> byQuestion = all.isEmpty() ? Map.of()
                : answers.findByQuestionIdIn(all.stream().map(SurveyQuestion::getId).toList()).stream()
                        .collect(Collectors.groupingBy(SurveyAnswer::getQuestionId));
        List<QuestionResult> results = new ArrayList<>();
        for (SurveyQuestion question : all) {
            List<SurveyAnswer> given = byQuestion.getOrDefault(question.getId(), List.of());
            Map<String, Long> counts = new LinkedHashMap<>();
            Double average = null;
            List<String> texts = List.of();
            switch (question.getKind()) {
                case SCALE -> {
                    for (int i = 1; i <= 5; i++) {
                        int value = i;
                        counts.put(String.valueOf(i), given.stream().filter(a -> a.getScaleValue() == value).count());
                    }
                    average = given.isEmpty() ? null
                            : given.stream().mapToInt(SurveyAnswer::getScaleValue).average().orElse(0);
                }
                case CHOICE -> question.options().forEach(o -> counts.put(o,
                        given.stream().filter(a -> o.equals(a.getTextValue())).count()));
                case TEXT -> texts = given.stream().map(SurveyAnswer::getTextValue).toList();
            }
            results.add(new QuestionResult(question, counts, average, texts));
        }
        return results;
    }

    private static int scale(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= 5) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BusinessRuleException("agenda.survey.scale.invalid");
    }

    private static String option(SurveyQuestion question, String value) {
        if (!question.options().contains(value.strip())) {
            throw new BusinessRuleException("agenda.survey.choice.invalid");
        }
        return value.strip();
    }
}
