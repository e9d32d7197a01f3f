package fr.maillage.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTests {

    @Test
    void names_fold_to_lower_case_ascii_words() {
        assertThat(Folding.fold("Saint-Étienne-du-Rouvray")).isEqualTo("saint etienne du rouvray");
        assertThat(Folding.fold("  L'Haÿ-les-Roses ")).isEqualTo("l hay les roses");
        assertThat(Folding.fold("Œuilly")).isEqualTo("oeuilly");
        assertThat(Folding.fold("Besançon")).isEqualTo(Folding.fold("BESANCON"));
        assertThat(Folding.fold(null)).isEmpty();
    }
}
