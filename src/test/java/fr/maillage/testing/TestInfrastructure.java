package fr.maillage.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points every test application context at real infrastructure started once per JVM: an SMTP
 * server (GreenMail) and either an in-memory H2 database or, when the system property
 * {@code maillage.test.database=postgres} is set, a real PostgreSQL (embedded binaries).
 * Each context gets its own database, so contexts never see each other's rows. Passwords are
 * hashed at bcrypt's cheapest cost and, but for the tests that need the whole COG, the territorial
 * reference is a small one.
 */
public class TestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /**
     * The territorial reference the contexts load: the tests' small one ({@value #SMALL_COG}, see
     * derive-test-cog.py beside it), unless the test class names one ({@link FullTerritory}) or the
     * demonstration is loaded (its data name communes all over France).
     */
    static final String COG_RESOURCE = "maillage.territory.cog-resource";
    static final String SMALL_COG = "territory/cog-2026-tests.tsv.gz";

    private static GreenMail greenMail;
    private static EmbeddedPostgres postgres;

    /** Whether this run targets PostgreSQL. */
    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("maillage.test.database"));
    }

    /** The SMTP server every test context sends through. */
    public static synchronized GreenMail mail() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            greenMail.start();
        }
        return greenMail;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestPropertyValues values = TestPropertyValues.of(
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + mail().getSmtp().getPort(),
                "spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
                "spring.jpa.properties.hibernate.session_factory.statement_inspector="
                        + StatementCounter.class.getName(),
                "maillage.data-dir=./target/test-data/" + database,
                // bcrypt's cheapest cost: the tests hash a password for every user they create.
                "maillage.security.bcrypt-strength=4");
        if (!context.getEnvironment().containsProperty(COG_RESOURCE)
                && !context.getEnvironment().getProperty("maillage.demo", Boolean.class, false)) {
            values = values.and(COG_RESOURCE + "=" + SMALL_COG);
        }
        if (onPostgres()) {
            EmbeddedPostgres pg = postgres();
            try (var connection = pg.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("create database " + database);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            values = values.and("spring.datasource.url=" + pg.getJdbcUrl("postgres", database),
                    "spring.datasource.username=postgres", "spring.datasource.password=postgres");
        } else {
            values = values.and("spring.datasource.url=jdbc:h2:mem:" + database
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "spring.datasource.username=sa", "spring.datasource.password=");
        }
        values.applyTo(context);
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }
}
