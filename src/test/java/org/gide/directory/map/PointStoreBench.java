package org.gide.directory.map;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

import org.gide.directory.EmployeeBand;
import org.gide.directory.EssFamily;
import org.gide.directory.Sector;

/**
 * Memory and latency of the map's point store at national scale, in process (not a test: no timing assertion):
 * builds a deterministic set of points over metropolitan France (the plan's mix: 83 % associations, then
 * cooperatives, mutuelles, foundations), then computes clusters and their JSON for random viewports at every zoom,
 * on one thread and on 32 threads. The HTTP layer and the names of single points (one indexed query) are not
 * included: see the Gatling simulation of the map API for end-to-end figures.
 * <p>
 * Run: {@code ./mvnw -q test-compile && java -Xmx512m -cp "target/classes:target/test-classes:$(cat cp.txt)"
 * org.gide.directory.map.PointStoreBench [points]} with {@code ./mvnw dependency:build-classpath
 * -Dmdep.outputFile=cp.txt}.
 */
public final class PointStoreBench {

	private PointStoreBench() {
	}

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_500_000;
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		long before = runtime.totalMemory() - runtime.freeMemory();
		long start = System.nanoTime();
		PointSet set = synthetic(n, 2026);
		long built = System.nanoTime();
		System.gc();
		Thread.sleep(200);
		System.gc();
		long after = runtime.totalMemory() - runtime.freeMemory();
		System.out.printf("points: %,d; build + sort: %d ms; retained heap: %.1f MB (%.1f bytes/point)%n", n,
				(built - start) / 1_000_000, (after - before) / 1e6, (double) (after - before) / n);

		long filterStart = System.nanoTime();
		PointView cooperatives = PointView.of(set, i -> PointSet.Attributes.family(set.attrs[i]) == EssFamily.COOPERATIVE.ordinal());
		System.out.printf("filtered view (cooperatives, %,d points): %d ms%n", cooperatives.size,
				(System.nanoTime() - filterStart) / 1_000_000);

		JsonMapper json = JsonMapper.builder().build();
		run("unfiltered, 1 thread", set.all, json, 1, 20_000);
		run("unfiltered, 32 threads", set.all, json, 32, 40_000);
		run("cooperatives, 32 threads", cooperatives, json, 32, 40_000);
	}

	static PointSet synthetic(int n, long seed) {
		Random random = new Random(seed);
		PointSet.Builder builder = new PointSet.Builder();
		double[][] towns = new double[2000][];
		for (int t = 0; t < towns.length; t++) {
			towns[t] = new double[] { 42.5 + random.nextDouble() * 8.5, -4.5 + random.nextDouble() * 12.5,
					0.01 + random.nextDouble() * 0.1 };
		}
		for (int i = 0; i < n; i++) {
			double[] town = towns[(int) Math.min(towns.length - 1, Math.abs(random.nextGaussian()) * towns.length / 3)];
			double lat = town[0] + random.nextGaussian() * town[2];
			double lon = town[1] + random.nextGaussian() * town[2];
			int r = random.nextInt(100);
			EssFamily family = r < 83 ? EssFamily.ASSOCIATION : r < 93 ? EssFamily.COOPERATIVE
					: r < 97 ? EssFamily.MUTUELLE : r < 98 ? EssFamily.FONDATION : EssFamily.ESS_COMPANY;
			builder.add(i + 1, lat, lon, PointSet.Attributes.pack(family, Sector.values()[random.nextInt(11)], null,
					false, false, true, random.nextInt(50) == 0, EmployeeBand.values()[random.nextInt(16)]),
					String.format("%05d", random.nextInt(35_000)));
		}
		return builder.build(1);
	}

	private static void run(String label, PointView view, JsonMapper json, int threads, int requests) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long[] latencies = new long[requests];
		int[] sizes = new int[requests];
		long start = System.nanoTime();
		List<Future<?>> futures = new java.util.ArrayList<>();
		int perThread = requests / threads;
		for (int t = 0; t < threads; t++) {
			int first = t * perThread;
			futures.add(pool.submit(() -> {
				Random random = new Random(first);
				for (int k = first; k < first + perThread; k++) {
					int zoom = 5 + random.nextInt(14);
					double spanLon = 1920.0 / 256 * 360 / Math.pow(2, zoom);
					double spanLat = spanLon * 0.45;
					double west = -5 + random.nextDouble() * 13;
					double south = 42 + random.nextDouble() * 9;
					Viewport viewport = new Viewport(west, south, Math.min(180, west + spanLon), Math.min(85, south + spanLat));
					long t0 = System.nanoTime();
					Clusters.Result result = Clusters.compute(view, viewport, zoom);
					byte[] body = json.writeValueAsBytes(new MapController.ClustersJson(zoom, result.level(),
							result.total(),
							result.clusters()
								.stream()
								.map(c -> new MapController.ClusterJson(c.lat(), c.lon(), c.count(),
										new double[] { c.south(), c.west(), c.north(), c.east() }))
								.toList(),
							result.points()
								.stream()
								.map(p -> new MapController.PointJson(p.id(), p.lat(), p.lon(),
										"Association d’exemple au nom de longueur moyenne"))
								.toList(),
							List.of()));
					latencies[k] = System.nanoTime() - t0;
					sizes[k] = body.length;
				}
				return null;
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		long elapsed = System.nanoTime() - start;
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		int done = perThread * threads;
		long[] sorted = Arrays.copyOf(latencies, done);
		Arrays.sort(sorted);
		int maxSize = Arrays.stream(sizes, 0, done).max().orElse(0);
		System.out.printf("%s: %,d requests, %.0f/s; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; largest answer %,d bytes%n",
				label, done, done / (elapsed / 1e9), sorted[done / 2] / 1e6, sorted[(int) (done * 0.95)] / 1e6,
				sorted[(int) (done * 0.99)] / 1e6, sorted[done - 1] / 1e6, maxSize);
	}

}
