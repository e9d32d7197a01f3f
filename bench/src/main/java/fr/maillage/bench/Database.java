package fr.maillage.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL database under test, as the application reaches it (a JDBC URL and credentials).
 */
public record Database(String jdbcUrl, String user, String password) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** Host, port and database name, for the PostgreSQL command-line tools (pgbench). */
    public URI uri() {
        return URI.create(jdbcUrl.substring("jdbc:".length()));
    }

    public String host() {
        return uri().getHost();
    }

    public int port() {
        return uri().getPort() < 0 ? 5432 : uri().getPort();
    }

    public String name() {
        return uri().getPath().substring(1);
    }
}
