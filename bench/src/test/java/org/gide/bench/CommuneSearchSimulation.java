package org.gide.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The commune autocomplete as people type: short, accent-free, abbreviated prefixes, against a running Gide.
 * Target: p95 under 50 ms at 100 requests per second on the 2-core reference machine, no failure.
 */
public class CommuneSearchSimulation extends Simulation {

	private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("gide.url", "http://localhost:8080"))
		.acceptHeader("application/json");

	private final ScenarioBuilder typing = scenario("autocomplete des communes")
		.feed(csv("commune-queries.csv").circular())
		.exec(http("GET /api/communes").get("/api/communes?q=#{q}&limit=10").check(status().is(200)));

	{
		setUp(typing.injectOpen(rampUsersPerSec(10).to(100).during(10), constantUsersPerSec(100).during(30)))
			.protocols(protocol)
			.assertions(global().responseTime().percentile(95.0).lt(50), global().failedRequests().count().is(0L));
	}

}
