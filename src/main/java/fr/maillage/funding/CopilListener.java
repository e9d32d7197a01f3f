package fr.maillage.funding;

import fr.maillage.governance.ProgrammeValidated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Applies governance's COPIL decisions to the applications they name, in the same transaction as
 * the decision: a decision and its effect on the programme are committed together or not at all.
 */
@Component
class CopilListener {

    private final ApplicationInstruction instruction;

    CopilListener(ApplicationInstruction instruction) {
        this.instruction = instruction;
    }

    @EventListener
    void on(ProgrammeValidated event) {
        instruction.applyCopil(event.workspaceId(), event.applicationIds(), event.label(), event.date());
    }
}
