package org.gide.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL started when {@code spring.datasource.url} is not set.
 *
 * @param dataDir folder that keeps the cluster between runs
 * @param port TCP port on localhost, 0 for any free port
 * @param ephemeral a throw-away cluster in a temporary folder (tests): durability settings stay off for speed
 * @param databaseName database created in the cluster for Gide
 */
@ConfigurationProperties("gide.embedded-db")
public record EmbeddedDatabaseProperties(Path dataDir, int port, boolean ephemeral, String databaseName) {

	public EmbeddedDatabaseProperties {
		if (dataDir == null) {
			dataDir = Path.of(".gide", "postgres");
		}
		if (databaseName == null || databaseName.isBlank()) {
			databaseName = "gide";
		}
	}

}
