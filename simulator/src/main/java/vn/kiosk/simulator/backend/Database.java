package vn.kiosk.simulator.backend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The backend's SQLite file. One connection behind one lock: the reference backend values a simple,
 * obviously serial history (each request's writes and its idempotency record commit together)
 * over throughput.
 */
final class Database implements AutoCloseable {
    static final String FILE_NAME = "backend.sqlite";

    /** Schema versions in order; a database is brought up to the last one on open. */
    private static final List<String> MIGRATIONS = List.of(
            """
            CREATE TABLE idempotency (
              idempotency_key TEXT PRIMARY KEY,
              request_hash TEXT NOT NULL,
              status INTEGER NOT NULL,
              body TEXT NOT NULL,
              created_at TEXT NOT NULL);
            CREATE TABLE dossiers (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              code TEXT NOT NULL UNIQUE,
              procedure_code TEXT NOT NULL,
              status TEXT NOT NULL,
              submitted_at TEXT NOT NULL,
              appointment_date TEXT NOT NULL,
              assurance TEXT NOT NULL,
              payload TEXT NOT NULL);
            CREATE TABLE clinic_registrations (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              department_code TEXT NOT NULL,
              day TEXT NOT NULL,
              priority INTEGER NOT NULL,
              queue_number TEXT NOT NULL,
              payload TEXT NOT NULL);
            CREATE TABLE notary_requests (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              request_number TEXT NOT NULL UNIQUE,
              request_type TEXT NOT NULL,
              desk TEXT NOT NULL,
              appointment_time TEXT NOT NULL,
              payload TEXT NOT NULL);
            CREATE TABLE identity_confirmations (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              confirmation_id TEXT NOT NULL UNIQUE,
              status TEXT NOT NULL,
              created_at TEXT NOT NULL);
            CREATE TABLE liveness_challenges (
              challenge_id TEXT PRIMARY KEY,
              nonce TEXT NOT NULL,
              issued_at TEXT NOT NULL,
              answered INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE heartbeats (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              kiosk_id TEXT NOT NULL,
              received_at TEXT NOT NULL,
              payload TEXT NOT NULL);
            """);

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private Database(Connection connection) {
        this.connection = connection;
    }

    static Database open(Path directory) throws SQLException {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create the data directory " + directory + ": " + e.getMessage(), e);
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve(FILE_NAME));
        try (Statement s = connection.createStatement()) {
            // An acknowledged submission must survive a power cut: WAL with a full fsync per commit.
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("PRAGMA busy_timeout=5000");
        }
        Database database = new Database(connection);
        database.migrate();
        return database;
    }

    private void migrate() throws SQLException {
        int version;
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            version = r.next() ? r.getInt(1) : 0;
        }
        connection.setAutoCommit(false);
        try {
            for (int v = version; v < MIGRATIONS.size(); v++) {
                try (Statement s = connection.createStatement()) {
                    for (String sql : MIGRATIONS.get(v).split(";")) {
                        if (!sql.isBlank()) {
                            s.execute(sql);
                        }
                    }
                    s.execute("PRAGMA user_version=" + (v + 1));
                }
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Work that runs on the connection; inside {@link #inTransaction} it commits or rolls back as a whole. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs the work in one transaction, committed when it returns and rolled back when it throws. */
    <T> T inTransaction(Work<T> work) throws SQLException {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            lock.unlock();
        }
    }

    /** A read outside any transaction the caller needs to see (still serialised with the writers). */
    <T> T read(Work<T> work) throws SQLException {
        lock.lock();
        try {
            return work.run(connection);
        } finally {
            lock.unlock();
        }
    }

    static long count(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        lock.lock();
        try {
            connection.close();
        } finally {
            lock.unlock();
        }
    }
}
