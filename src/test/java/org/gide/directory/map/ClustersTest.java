package org.gide.directory.map;

import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.gide.directory.EmployeeBand;
import org.gide.directory.EssFamily;
import org.gide.directory.InclusionType;
import org.gide.directory.Sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The point store's snapshot and the grid clustering, on a deterministic synthetic set of 300,000 points. */
class ClustersTest {

	private static PointSet points;

	private static final Viewport WORLD = new Viewport(-180, -85, 180, 85);

	@BeforeAll
	static void build() {
		Random random = new Random(42);
		PointSet.Builder builder = new PointSet.Builder();
		for (int i = 0; i < 300_000; i++) {
			// Mostly in France, clustered around a few towns, some anywhere on the globe.
			double lat;
			double lon;
			if (i % 50 == 0) {
				lat = random.nextDouble() * 160 - 80;
				lon = random.nextDouble() * 360 - 180;
			}
			else {
				int town = random.nextInt(40);
				lat = 43.0 + (town % 8) * 0.8 + random.nextGaussian() * 0.05;
				lon = -1.0 + (town / 8) * 1.4 + random.nextGaussian() * 0.05;
			}
			EssFamily family = i % 6 == 0 ? EssFamily.COOPERATIVE : EssFamily.ASSOCIATION;
			builder.add(i + 1, lat, lon, PointSet.Attributes.pack(family, Sector.values()[i % Sector.values().length],
					i % 100 == 0 ? InclusionType.ACI : null, false, i % 100 == 0, true, i % 7 == 0, EmployeeBand.B01),
					i % 3 == 0 ? "30189" : "30007");
		}
		points = builder.build(1);
	}

	private static long sum(Clusters.Result result) {
		return result.clusters().stream().mapToLong(Clusters.Cluster::count).sum() + result.points().size();
	}

	@Test
	void clustersOfTheWholeWorldCountEveryPointAtEveryZoom() {
		for (int zoom = 0; zoom <= 18; zoom++) {
			Clusters.Result result = Clusters.compute(points.all, WORLD, zoom);
			assertThat(sum(result)).as("zoom " + zoom).isEqualTo(300_000).isEqualTo(result.total());
			assertThat(result.clusters().size() + result.points().size()).isLessThanOrEqualTo(Clusters.MAX_CELLS);
		}
	}

	@Test
	void aViewportCountsExactlyThePointsOfTheCellsItTouches() {
		Viewport gard = new Viewport(3.2, 43.4, 4.9, 44.5);
		int zoom = 9;
		Clusters.Result result = Clusters.compute(points.all, gard, zoom);
		int shift = Mercator.BITS - result.level();
		long x0 = Mercator.x(gard.west()) >>> shift;
		long x1 = Mercator.x(gard.east()) >>> shift;
		long y0 = Mercator.y(gard.north()) >>> shift;
		long y1 = Mercator.y(gard.south()) >>> shift;
		long expected = 0;
		for (int i = 0; i < points.size; i++) {
			long cx = points.x[i] >>> shift;
			long cy = points.y[i] >>> shift;
			if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1) {
				expected++;
			}
		}
		assertThat(expected).isPositive();
		assertThat(sum(result)).isEqualTo(expected).isEqualTo(result.total());
	}

	@Test
	void clustersDoNotMoveWhenTheMapPans() {
		Clusters.Result left = Clusters.compute(points.all, new Viewport(2.0, 43.0, 4.0, 45.0), 8);
		Clusters.Result right = Clusters.compute(points.all, new Viewport(3.0, 43.0, 5.0, 45.0), 8);
		// Clusters whose bounds lie inside both viewports are the same cells, hence the same clusters.
		List<Clusters.Cluster> inBoth = left.clusters()
			.stream()
			.filter(c -> c.west() >= 3.1 && c.east() <= 3.9)
			.toList();
		assertThat(inBoth).isNotEmpty();
		assertThat(right.clusters()).containsAll(inBoth);
	}

	@Test
	void aClusterCentreIsTheMeanOfItsPointsWithinItsBounds() {
		Clusters.Result result = Clusters.compute(points.all, new Viewport(-1.5, 42.5, 9.0, 49.5), 7);
		assertThat(result.clusters()).isNotEmpty().allSatisfy(c -> {
			assertThat(c.lat()).isBetween(c.south() - 1e-4, c.north() + 1e-4);
			assertThat(c.lon()).isBetween(c.west() - 1e-4, c.east() + 1e-4);
		});
	}

	@Test
	void aHugeViewportAtHighZoomIsMergedIntoFewCells() {
		Clusters.Result result = Clusters.compute(points.all, WORLD, 18);
		assertThat(result.level()).isLessThan(18 + Clusters.CELL_LEVEL_OFFSET);
		assertThat(result.clusters().size() + result.points().size()).isLessThanOrEqualTo(Clusters.MAX_CELLS);
		assertThat(result.total()).isEqualTo(300_000);
	}

	@Test
	void everyAnswerStaysUnderOneHundredKilobytes() {
		JsonMapper json = JsonMapper.builder().build();
		Random random = new Random(7);
		String longName = "Association pour la promotion de l’économie sociale et solidaire du bassin alésien et des Cévennes";
		for (int run = 0; run < 300; run++) {
			int zoom = random.nextInt(20);
			double west = -10 + random.nextDouble() * 20;
			double south = 40 + random.nextDouble() * 8;
			double span = 360 / Math.pow(2, Math.max(0, zoom - 3 + random.nextInt(3)));
			Viewport viewport = new Viewport(west, south, Math.min(180, west + span), Math.min(85, south + span / 2));
			Clusters.Result result = Clusters.compute(points.all, viewport, zoom);
			MapController.ClustersJson body = new MapController.ClustersJson(zoom, result.level(), result.total(),
					result.clusters()
						.stream()
						.map(c -> new MapController.ClusterJson(c.lat(), c.lon(), c.count(),
								new double[] { c.south(), c.west(), c.north(), c.east() }))
						.toList(),
					result.points()
						.stream()
						.map(p -> new MapController.PointJson(p.id(), p.lat(), p.lon(), longName.substring(0, 79) + "…"))
						.toList(),
					List.of());
			assertThat(json.writeValueAsBytes(body).length).as("zoom %d %s", zoom, viewport).isLessThanOrEqualTo(100_000);
		}
	}

	@Test
	void smallClustersAreGivenAsTheirPointsAtHighZoom() {
		double lat = points.latitude(0);
		double lon = points.longitude(0);
		Clusters.Result result = Clusters.compute(points.all, new Viewport(lon - 0.002, lat - 0.002, lon + 0.002, lat + 0.002), 18);
		assertThat(result.points()).isNotEmpty();
		assertThat(sum(result)).isEqualTo(result.total());
	}

	@Test
	void aFilteredViewKeepsOnlyItsPointsAndClustersThem() {
		IntPredicate cooperatives = i -> PointSet.Attributes.family(points.attrs[i]) == EssFamily.COOPERATIVE.ordinal();
		PointView view = PointView.of(points, cooperatives);
		assertThat(view.size).isEqualTo(50_000);
		assertThat(sum(Clusters.compute(view, WORLD, 5))).isEqualTo(50_000);
	}

	@Test
	void aViewportAcrossTheAntimeridianOrInsideOutIsRefused() {
		assertThatThrownBy(() -> Viewport.parse("170,-10,-170,10")).isInstanceOf(Viewport.InvalidViewport.class)
			.hasMessageContaining("map.error.bbox.antimeridian");
		assertThatThrownBy(() -> Viewport.parse("1,45,2,44")).hasMessageContaining("map.error.bbox.order");
		assertThatThrownBy(() -> Viewport.parse("1,2,3")).hasMessageContaining("map.error.bbox.format");
		assertThatThrownBy(() -> Viewport.parse("-200,2,3,4")).hasMessageContaining("map.error.bbox.range");
		assertThatThrownBy(() -> Viewport.parse("1,NaN,3,4")).hasMessageContaining("map.error.bbox.format");
		assertThatThrownBy(() -> Viewport.zoom("23")).hasMessageContaining("map.error.zoom.range");
		assertThatThrownBy(() -> Viewport.zoom("x")).hasMessageContaining("map.error.zoom.format");
		assertThat(Viewport.parse(" 3.2, 43.4 ,4.9,44.5")).isEqualTo(new Viewport(3.2, 43.4, 4.9, 44.5));
	}

	@Test
	void aSnapshotWithoutSomeIdsKeepsTheOthersInOrder() {
		PointSet smaller = new PointSet.Builder(points, java.util.Set.of(1L, 2L, 3L)).build(2);
		assertThat(smaller.size).isEqualTo(points.size - 3);
		for (int i = 1; i < smaller.size; i++) {
			assertThat(smaller.key(i)).isGreaterThanOrEqualTo(smaller.key(i - 1));
		}
		assertThat(sum(Clusters.compute(smaller.all, WORLD, 3))).isEqualTo(points.size - 3);
	}

	@Test
	void mercatorRoundTripsWithinCentimetres() {
		assertThat(Mercator.lat(Mercator.y(43.8367) + 0.5)).isCloseTo(43.8367, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(Mercator.lon(Mercator.x(4.3601) + 0.5)).isCloseTo(4.3601, org.assertj.core.data.Offset.offset(1e-6));
	}

}
