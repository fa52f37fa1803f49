package org.gide.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

	@TempDir
	Path folder;

	@Test
	void keptClusterIsDurableAndSurvivesAKilledJvmWithItsData() throws Exception {
		Path dataDir = folder.resolve("pgdata");
		Process child = startInChildJvm(dataDir);
		int childPort;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			String ready = null;
			while ((line = out.readLine()) != null) {
				if (line.startsWith("READY ")) {
					ready = line;
					break;
				}
			}
			assertThat(ready).as("the child JVM started its embedded PostgreSQL").isNotNull();
			childPort = Integer.parseInt(ready.substring(6).trim());
			try (Connection connection = connect(childPort); Statement sql = connection.createStatement()) {
				sql.execute("create table survivor (name text)");
				sql.execute("insert into survivor values ('Charles Gide')");
			}
			// SIGKILL: no shutdown hook runs, the postmaster is orphaned and keeps the folder.
			child.destroyForcibly();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		assertThat(Files.exists(dataDir.resolve("postmaster.pid"))).as("the killed JVM left its postmaster behind").isTrue();

		try (EmbeddedPostgresServer server = EmbeddedPostgresServer
			.start(new EmbeddedDatabaseProperties(dataDir, 0, false, "gide"))) {
			try (Connection connection = connect(server.port()); Statement sql = connection.createStatement()) {
				assertThat(single(sql, "select name from survivor")).isEqualTo("Charles Gide");
				assertThat(single(sql, "show fsync")).isEqualTo("on");
				assertThat(single(sql, "show synchronous_commit")).isEqualTo("on");
			}
		}
	}

	@Test
	void aFolderInUseByARunningGideIsRefusedWithAClearMessage() throws Exception {
		Path dataDir = folder.resolve("busy");
		try (EmbeddedPostgresServer running = EmbeddedPostgresServer
			.start(new EmbeddedDatabaseProperties(dataDir, 0, false, "gide"))) {
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> EmbeddedPostgresServer.stopStalePostmaster(dataDir))
				.hasMessageContaining("in use by another running Gide");
			try (Connection connection = connect(running.port()); Statement sql = connection.createStatement()) {
				assertThat(single(sql, "select 1")).isEqualTo("1");
			}
		}
	}

	private static Process startInChildJvm(Path dataDir) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				StandaloneEmbeddedPostgres.class.getName(), dataDir.toString())
			.redirectErrorStream(true)
			.start();
	}

	private static Connection connect(int port) throws Exception {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/gide", "postgres", "");
	}

	private static String single(Statement sql, String query) throws Exception {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
