package fr.maillage.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application with MockMvc, on H2 or PostgreSQL (see {@link TestInfrastructure}).
 * Test classes that exercise repositories or migrations also carry {@code @Tag("database")} so that
 * they run a second time on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(TestUsers.class)
public @interface MaillageTest {
}
