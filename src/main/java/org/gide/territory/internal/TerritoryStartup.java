package org.gide.territory.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Brings the reference geography up to date before the web server opens (singletons are ready, the server not yet
 * started): imports the COG when the département has no communes or the source changed, fills missing outlines,
 * seeds the default territories. {@code gide.territory.import=true} forces a full re-import. A missing source is
 * logged, never fatal: the site still serves what was imported before. As a one-off command:
 * {@code java -jar gide.jar --gide.territory.import=true --gide.territory.exit-after-import=true
 * --server.port=0}.
 */
@Component
class TerritoryStartup implements SmartInitializingSingleton, ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TerritoryStartup.class);

	private final CogImporter cog;

	private final ContourImporter contours;

	private final DefaultTerritories defaults;

	private final boolean force;

	private final boolean exit;

	private final ConfigurableApplicationContext context;

	private boolean failed;

	TerritoryStartup(CogImporter cog, ContourImporter contours, DefaultTerritories defaults,
			@Value("${gide.territory.import:false}") boolean force,
			@Value("${gide.territory.exit-after-import:false}") boolean exit,
			ConfigurableApplicationContext context) {
		this.cog = cog;
		this.contours = contours;
		this.defaults = defaults;
		this.force = force;
		this.exit = exit;
		this.context = context;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			if (force || cog.needsImport()) {
				cog.importCog(force);
			}
		}
		catch (ImportException ex) {
			failed = true;
			log.error("COG import failed, communes left as they were: {}", ex.getMessage());
		}
		contours.importContours(force);
		try {
			defaults.seedIfEmpty();
		}
		catch (RuntimeException ex) {
			log.error("Default territories not created: {}", ex.getMessage());
		}
	}

	/** As a command ({@code gide.territory.exit-after-import=true}): stop once imported, status 1 on failure. */
	@Override
	public void run(ApplicationArguments args) {
		if (exit) {
			int status = SpringApplication.exit(context, () -> failed ? 1 : 0);
			System.exit(status);
		}
	}

}
