package org.gide.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Directory search with text, three facets (family, sector, and territory, EPCI or commune) and a 20 km distance
 * filter, on the JSON API and on the HTML page, with queries drawn from the generated dataset's vocabulary
 * ({@code search-queries.csv}). Closed model: {@code bench.users} clients (32) loop without pause, first a warm-up
 * whose requests are named "échauffement …", then the measured window. Targets: p95 ≤ 50 ms at Gard scale, ≤ 150 ms
 * at national scale (the report script compares).
 */
public class DirectorySearchSimulation extends Simulation {

	private final HttpProtocolBuilder protocol = http.baseUrl(DirectoryBench.URL)
		.disableUrlEncoding() // the feeder's queries are already encoded
		.disableCaching()
		.shareConnections();

	private ChainBuilder search(String prefix) {
		return feed(DirectoryBench.feeder("search-queries.csv"))
			.exec(http(prefix + "recherche API").get("/api/organisations?#{query}")
				.header("Accept", "application/json")
				.check(status().is(200)))
			.exec(http(prefix + "recherche page").get("/annuaire?#{query}")
				.header("Accept", "text/html")
				.check(status().is(200)));
	}

	private final ScenarioBuilder warmup = scenario("échauffement").during(DirectoryBench.WARMUP).on(search("échauffement "));

	private final ScenarioBuilder measured = scenario("recherche").during(DirectoryBench.MEASURED).on(search(""));

	{
		setUp(warmup.injectOpen(atOnceUsers(DirectoryBench.USERS))
			.andThen(measured.injectOpen(atOnceUsers(DirectoryBench.USERS)))).protocols(protocol);
	}

}
