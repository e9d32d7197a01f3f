package fr.maillage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules only use each other's public API (root packages), never their {@code web} or
 * {@code internal} parts, and have no dependency cycles.
 */
class ModularityTests {

    @Test
    void modules_respect_their_boundaries() {
        ApplicationModules.of(MaillageApplication.class).verify();
    }
}
