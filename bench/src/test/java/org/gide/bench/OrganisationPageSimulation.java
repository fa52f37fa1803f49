package org.gide.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The organisation page {@code GET /annuaire/{id}} served by the platform, then the same pages saved as static files
 * and served by nginx ({@code bench.static.url}), in one run: both warm-ups, then the two measured windows back to
 * back, with the same clients, ids
 * ({@code organisation-ids.csv}) and durations: the report gives the platform's throughput as a ratio of nginx's.
 * Neither side is asked for compression (no Accept-Encoding), so both send the same bytes.
 */
public class OrganisationPageSimulation extends Simulation {

	private final HttpProtocolBuilder platform = http.baseUrl(DirectoryBench.URL)
		.acceptHeader("text/html")
		.disableCaching()
		.shareConnections();

	private final HttpProtocolBuilder nginx = http.baseUrl(System.getProperty("bench.static.url", "http://localhost:18081"))
		.acceptHeader("text/html")
		.disableCaching()
		.shareConnections();

	private ChainBuilder page(String name) {
		return feed(DirectoryBench.feeder("organisation-ids.csv"))
			.exec(http(name).get("/annuaire/#{id}").check(status().is(200)));
	}

	private ScenarioBuilder pages(String name, java.time.Duration duration) {
		return CoreDsl.scenario(name).during(duration).on(page(name));
	}

	{
		int users = DirectoryBench.USERS;
		// Both warm-ups first (the platform's JIT and Gatling's own), then the two measured windows back to back.
		setUp(pages("échauffement plateforme", DirectoryBench.WARMUP).injectOpen(atOnceUsers(users))
			.protocols(platform)
			.andThen(pages("échauffement nginx", DirectoryBench.WARMUP).injectOpen(atOnceUsers(users)).protocols(nginx)
				.andThen(pages("page plateforme", DirectoryBench.MEASURED).injectOpen(atOnceUsers(users))
					.protocols(platform)
					.andThen(pages("page nginx", DirectoryBench.MEASURED).injectOpen(atOnceUsers(users))
						.protocols(nginx)))));
	}

}
