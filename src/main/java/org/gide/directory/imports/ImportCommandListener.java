package org.gide.directory.imports;

import java.util.Map;

import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code java -jar gide.jar import …} is a command: the web application context starts (security and pages are
 * beans like any other) but no HTTP port is opened ({@code server.port=-1}). Registered in META-INF/spring.factories.
 */
public class ImportCommandListener implements SpringApplicationRunListener {

	private final String[] args;

	public ImportCommandListener(SpringApplication application, String[] args) {
		this.args = args;
	}

	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
		if (ImportCommand.requested(args)) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("gideImportCommand",
						Map.of("server.port", "-1", "spring.main.banner-mode", "off")));
		}
	}

}
