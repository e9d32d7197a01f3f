package fr.maillage.agenda;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.DirectorySearch;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.Tokens;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registering and cancelling: the seats of an event are given in the order the event's row lock is
 * obtained ({@link Events#lockById}), so simultaneous registrations never give more seats than the
 * capacity; beyond it people wait in order of arrival, and a cancelled seat goes at once to the
 * head of the waiting list. Each outcome queues its e-mail in the same transaction.
 */
@Service
public class EventRegistrations {

    /** Attempts of a registration whose lock wait timed out under a burst (H2's lock timeout). */
    private static final int ATTEMPTS = 8;
    static final String TIMELINE_KIND = "event";

    private final Events events;
    private final Registrations registrations;
    private final DirectorySearch search;
    private final DirectoryManagement directory;
    private final RegistrationMails mails;
    private final TransactionTemplate transaction;

    EventRegistrations(Events events, Registrations registrations, DirectorySearch search,
            DirectoryManagement directory, RegistrationMails mails, PlatformTransactionManager transactions) {
        this.events = events;
        this.registrations = registrations;
        this.search = search;
        this.directory = directory;
        this.mails = mails;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Registers a person from the public form: a seat while there are some, the waiting list
     * beyond. Refused when registrations are closed or the e-mail is already registered.
     */
    public RegistrationOutcome register(Long eventId, RegistrationDetails details) {
        Long organisationId = matchOrganisation(details.organisation());
        return retried(() -> transaction.execute(status -> registerLocked(eventId, details, organisationId, false, true)));
    }

    /**
     * Records a registration received outside the portal (by telephone, on paper, from a partner's
     * list) with the same seat rules, without e-mail: the organiser confirms it himself.
     */
    public RegistrationOutcome recordWithoutEmail(Long eventId, RegistrationDetails details) {
        Long organisationId = matchOrganisation(details.organisation());
        return retried(() -> transaction.execute(status -> registerLocked(eventId, details, organisationId, false,
                false)));
    }

    /** Adds someone who came without registering; he is present, so he gets a seat regardless. */
    public RegistrationOutcome walkIn(Long eventId, RegistrationDetails details) {
        Long organisationId = matchOrganisation(details.organisation());
        return retried(() -> transaction.execute(status -> registerLocked(eventId, details, organisationId, true, false)));
    }

    /** Cancels with the link of the e-mail; a seat freed goes to the waiting list. */
    public Registration cancel(String cancelSecret) {
        return retried(() -> transaction.execute(status -> {
            Registration registration = registrations.findByCancelTokenHash(Tokens.hash(cancelSecret))
                    .orElseThrow(() -> new NotFoundException("registration"));
            cancelLocked(registration);
            return registration;
        }));
    }

    /** The registration a cancel link points to, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Registration> byCancelLink(String cancelSecret) {
        return registrations.findByCancelTokenHash(Tokens.hash(cancelSecret));
    }

    /** Cancels a registration from the organisers' list. */
    public void cancelByOrganiser(Long eventId, Long registrationId) {
        retried(() -> transaction.execute(status -> {
            Registration registration = registrations.findByIdAndEventId(registrationId, eventId)
                    .orElseThrow(() -> new NotFoundException("registration " + registrationId));
            cancelLocked(registration);
            return registration;
        }));
    }

    /**
     * Gives the free seats to the waiting list in order of arrival; the caller holds the event's
     * lock. Nobody is promoted once the event has started.
     */
    void fillSeats(Event event) {
        if (event.getStatus() != EventStatus.PUBLISHED || event.getStartsAt() == null
                || !LocalDateTime.now().isBefore(event.getStartsAt())) {
            return;
        }
        long confirmed = registrations.countByEventIdAndStatus(event.getId(), RegistrationStatus.CONFIRMED);
        while (confirmed < event.getCapacity()) {
            Registration next = registrations.findFirstByEventIdAndStatusOrderByCreatedAtAscIdAsc(event.getId(),
                    RegistrationStatus.WAITING).orElse(null);
            if (next == null) {
                return;
            }
            String secret = Tokens.random();
            next.promote(secret);
            registrations.flush();
            mails.promoted(event, next, secret);
            timeline(event, next);
            confirmed++;
        }
    }

    /** Tells every active registrant that the event is cancelled; the caller holds the lock. */
    void tellCancelled(Event event) {
        List<Registration> active = new java.util.ArrayList<>();
        active.addAll(registrations.findByEventIdAndStatusOrderByFullNameAscIdAsc(event.getId(),
                RegistrationStatus.CONFIRMED));
        active.addAll(registrations.findByEventIdAndStatusOrderByFullNameAscIdAsc(event.getId(),
                RegistrationStatus.WAITING));
        active.stream().filter(r -> !r.getEmail().isEmpty()).forEach(r -> mails.eventCancelled(event, r));
    }

    private RegistrationOutcome registerLocked(Long eventId, RegistrationDetails details, Long organisationId,
            boolean walkIn, boolean notify) {
        Event event = events.lockById(eventId).orElseThrow(() -> new NotFoundException("event " + eventId));
        if (!walkIn && !event.registrationOpen(LocalDateTime.now())) {
            throw new BusinessRuleException("agenda.registration.closed", event.getTitle());
        }
        if (walkIn && event.getStatus() == EventStatus.CANCELLED) {
            throw new BusinessRuleException("agenda.event.cancelled");
        }
        boolean withEmail = !details.email().isBlank();
        if (withEmail && registrations.existsByEventIdAndEmailKeyAndStatusNot(eventId,
                Registration.keyOf(details.email()), RegistrationStatus.CANCELLED)) {
            throw new BusinessRuleException("agenda.registration.duplicate", details.email().strip(),
                    event.getTitle());
        }
        long confirmed = registrations.countByEventIdAndStatus(eventId, RegistrationStatus.CONFIRMED);
        RegistrationStatus status = walkIn || confirmed < event.getCapacity() ? RegistrationStatus.CONFIRMED
                : RegistrationStatus.WAITING;
        String secret = Tokens.random();
        Registration registration = registrations.save(
                new Registration(eventId, details, organisationId, status, walkIn, secret));
        long position = 0;
        if (status == RegistrationStatus.WAITING) {
            position = registrations.waitingPosition(eventId, registration.getCreatedAt(), registration.getId());
            if (notify) {
                mails.waiting(event, registration, position, secret);
            }
        } else {
            if (withEmail && notify) {
                mails.confirmed(event, registration, secret);
            }
            timeline(event, registration);
        }
        return new RegistrationOutcome(registration.getId(), eventId, status, position);
    }

    private void cancelLocked(Registration registration) {
        Event event = events.lockById(registration.getEventId())
                .orElseThrow(() -> new NotFoundException("event " + registration.getEventId()));
        boolean heldSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
        registration.cancel();
        registrations.flush();
        if (!registration.getEmail().isEmpty()) {
            mails.cancelledByYou(event, registration);
        }
        if (heldSeat) {
            fillSeats(event);
        }
    }

    private void timeline(Event event, Registration registration) {
        if (registration.getOrganisationId() != null) {
            directory.record(registration.getOrganisationId(), event.getWorkspaceId(), TIMELINE_KIND,
                    registration.getFullName() + " — " + event.getTitle(),
                    "/espaces/" + event.getWorkspaceId() + "/evenements/" + event.getId());
        }
    }

    /**
     * The directory organisation of that name (case, accents and spacing aside), when there is
     * exactly one: two of the same name are two places, and the registration stays unmatched.
     */
    private Long matchOrganisation(String name) {
        List<Long> found = search.organisationIdsNamed(name, 2);
        return found.size() == 1 ? found.get(0) : null;
    }

    private static <T> T retried(Supplier<T> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (ConcurrencyFailureException | PessimisticLockException | LockTimeoutException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
