package fr.maillage.shared.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers every module's index uses. {@code french} stems with Snowball so that "éducatives"
 * and "éducation" meet; {@code folded} only folds case and accents, for names and codes typed
 * without accents; {@code sort} is the normalizer for sortable keyword fields.
 */
public class FrenchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** Full-text French analyzer name, for {@code @FullTextField(analyzer = ...)}. */
    public static final String FRENCH = "french";
    /** Case- and accent-insensitive analyzer for proper names. */
    public static final String FOLDED = "folded";
    /** Prefix search on names as typed ("montb" finds "Montbéliard"). */
    public static final String FOLDED_EDGE = "folded_edge";
    /** Normalizer for sort fields. */
    public static final String SORT = "sort";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(FRENCH).custom()
                .tokenizer("standard")
                .tokenFilter("elision").param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("snowballPorter").param("language", "French")
                .tokenFilter("asciiFolding");
        context.analyzer(FOLDED).custom()
                .tokenizer("standard")
                .tokenFilter("elision").param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(FOLDED_EDGE).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("edgeNGram").param("minGramSize", "1").param("maxGramSize", "20");
        context.normalizer(SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
