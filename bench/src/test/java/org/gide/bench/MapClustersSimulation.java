package org.gide.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Server-side map clusters for viewports of a 1280×800 map at zooms 5 to 16 ({@code viewports.csv}: wide views
 * anywhere over France or the Gard, close views where organisations are). Each response must be at most 100 KB
 * (a check: a larger one counts as a failure); the largest size seen is written to {@code figures/clusters-max-bytes}.
 * Target at national scale: p95 ≤ 50 ms.
 */
public class MapClustersSimulation extends Simulation {

	static final int MAX_BYTES = 100 * 1024;

	private static final AtomicInteger largest = new AtomicInteger();

	private final HttpProtocolBuilder protocol = http.baseUrl(DirectoryBench.URL)
		.acceptHeader("application/json")
		.disableUrlEncoding()
		.disableCaching()
		.shareConnections();

	private ChainBuilder clusters(String prefix) {
		return feed(DirectoryBench.feeder("viewports.csv"))
			.exec(http(prefix + "clusters").get("/api/carte/clusters?bbox=#{bbox}&zoom=#{zoom}")
				.check(status().is(200))
				.check(bodyLength().transform(length -> {
					largest.accumulateAndGet(length, Math::max);
					return length;
				}).lte(MAX_BYTES)));
	}

	private final ScenarioBuilder warmup = scenario("échauffement").during(DirectoryBench.WARMUP).on(clusters("échauffement "));

	private final ScenarioBuilder measured = scenario("carte").during(DirectoryBench.MEASURED).on(clusters(""));

	{
		setUp(warmup.injectOpen(atOnceUsers(DirectoryBench.USERS))
			.andThen(measured.injectOpen(atOnceUsers(DirectoryBench.USERS)))).protocols(protocol);
	}

	@Override
	public void after() {
		DirectoryBench.writeFigure("clusters-max-bytes", Integer.toString(largest.get()));
	}

}
