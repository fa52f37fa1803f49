package org.gide.database;

import java.nio.file.Path;

/** Runs the embedded server in a JVM of its own, so a test can kill that JVM the hard way. */
public final class StandaloneEmbeddedPostgres {

	private StandaloneEmbeddedPostgres() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer
			.start(new EmbeddedDatabaseProperties(Path.of(args[0]), 0, false, "gide"));
		System.out.println("READY " + server.port());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
