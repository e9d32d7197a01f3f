package fr.maillage.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * For the test classes that need the whole COG (its counts, any commune of France) rather than the
 * tests' small territorial reference {@link TestInfrastructure} gives the others. Classes carrying it
 * share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@TestPropertySource(properties = TestInfrastructure.COG_RESOURCE + "=territory/cog-2026.tsv.gz")
public @interface FullTerritory {
}
