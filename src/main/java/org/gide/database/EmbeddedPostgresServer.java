package org.gide.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries shipped in a Maven artifact, its cluster kept in a local folder.
 *
 * <p>The binaries' defaults are made for tests ({@code fsync} and {@code synchronous_commit} off); a persistent
 * cluster turns them back on so that a crash loses no committed data. A postmaster left running by a previous JVM
 * that was killed is detected through the folder's lock file and stopped before the new start.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	static final String USER = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final String LOCK_FILE = "epg-lock";

	private final EmbeddedPostgres postgres;

	private final String databaseName;

	private final Path dataDir;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, String databaseName, Path dataDir) {
		this.postgres = postgres;
		this.databaseName = databaseName;
		this.dataDir = dataDir;
	}

	static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "100");
			Path dataDir = null;
			if (properties.ephemeral()) {
				builder.setCleanDataDirectory(true);
			}
			else {
				dataDir = properties.dataDir().toAbsolutePath().normalize();
				Files.createDirectories(dataDir);
				stopStalePostmaster(dataDir);
				builder.setDataDirectory(dataDir)
					.setCleanDataDirectory(false)
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
			}
			if (properties.port() > 0) {
				builder.setPort(properties.port());
			}
			EmbeddedPostgres postgres = builder.start();
			createDatabaseIfMissing(postgres, properties.databaseName());
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, properties.databaseName(), dataDir);
			server.logWhereDataLives();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	/** A postmaster whose folder lock is free was orphaned by a killed JVM: stop it before starting anew. */
	static void stopStalePostmaster(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		Path lockFile = dataDir.resolve(LOCK_FILE);
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			if (lock == null) {
				throw folderInUse(dataDir);
			}
		}
		catch (OverlappingFileLockException ex) {
			throw folderInUse(dataDir);
		}
		Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(EmbeddedPostgresServer::isPostgres);
		if (postmaster.isEmpty()) {
			// A pid file of a dead process: PostgreSQL itself recognises and replaces it.
			return;
		}
		ProcessHandle process = postmaster.get();
		log.warn("Found a PostgreSQL (pid {}) left running on {} by an earlier run that did not stop cleanly; stopping it.",
				process.pid(), dataDir);
		process.destroy(); // SIGTERM: a smart shutdown, there are no clients left
		try {
			process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			log.warn("The stale PostgreSQL did not stop in 30 s; killing it (it will recover from its WAL).");
			process.destroyForcibly();
			process.onExit().join();
		}
	}

	private static IllegalStateException folderInUse(Path dataDir) {
		return new IllegalStateException("The embedded database folder " + dataDir
				+ " is in use by another running Gide. Stop it, or set gide.embedded-db.data-dir to another folder.");
	}

	private static Optional<Long> readPid(Path pidFile) throws IOException {
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.contains("postgres")).orElse(true);
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String databaseName) throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, databaseName);
			try (ResultSet rs = exists.executeQuery()) {
				if (rs.next()) {
					return;
				}
			}
			if (!databaseName.matches("[a-z_][a-z0-9_]*")) {
				throw new IllegalArgumentException("Invalid embedded database name: " + databaseName);
			}
			try (Statement create = connection.createStatement()) {
				create.execute("create database " + databaseName + " encoding 'UTF8' template template0");
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not create the database " + databaseName, ex);
		}
	}

	private void logWhereDataLives() {
		if (dataDir == null) {
			log.info("Embedded PostgreSQL (throw-away cluster) listening on localhost:{}", postgres.getPort());
			return;
		}
		log.info("""
				Embedded PostgreSQL listening on localhost:{}, data kept in {} (delete that folder to start afresh).
				To use an external PostgreSQL instead, set SPRING_DATASOURCE_URL=jdbc:postgresql://host:5432/gide, \
				SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD: no code change is needed.""",
				postgres.getPort(), dataDir);
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + databaseName;
	}

	public int port() {
		return postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		postgres.close();
	}

}
