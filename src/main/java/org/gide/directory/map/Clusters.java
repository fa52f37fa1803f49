package org.gide.directory.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Grid clustering on the tiles' own grid: at zoom z, a cell is a square of 64 pixels (grid level z + 2, 2^(z+2)
 * cells a side), so a cell holds the same points wherever the viewport is and clusters do not jump when the map
 * pans. Every cell that touches the viewport gives one cluster (weighted mean centre, count, bounds of its
 * points), or one point when it holds a single organisation. When the viewport spans more than {@link #MAX_CELLS}
 * cells (a huge screen, or a box far larger than the zoom suggests) the grid is coarsened, four cells into one,
 * until it fits: the answer stays small for any request. From zoom {@link #EXPAND_ZOOM}, small clusters are given
 * as their points while the answer has room.
 */
final class Clusters {

	static final int CELL_LEVEL_OFFSET = 2;

	static final int MAX_CELLS = 400;

	static final int MAX_ITEMS = 400;

	static final int EXPAND_ZOOM = 16;

	static final int EXPAND_MAX = 8;

	private Clusters() {
	}

	record Cluster(double lat, double lon, int count, double south, double west, double north, double east) {
	}

	record Point(int index, long id, double lat, double lon) {
	}

	/** {@code level}: the grid level used (zoom + 2, or less when cells were merged). */
	record Result(int zoom, int level, long total, List<Cluster> clusters, List<Point> points) {
	}

	static Result compute(PointView view, Viewport viewport, int zoom) {
		int level = Math.min(PointSet.KEY_LEVEL, zoom + CELL_LEVEL_OFFSET);
		int x0 = Mercator.x(viewport.west());
		int x1 = Mercator.x(viewport.east());
		int y0 = Mercator.y(viewport.north());
		int y1 = Mercator.y(viewport.south());
		int shift;
		long cx0;
		long cx1;
		long cy0;
		long cy1;
		while (true) {
			shift = Mercator.BITS - level;
			cx0 = x0 >>> shift;
			cx1 = x1 >>> shift;
			cy0 = y0 >>> shift;
			cy1 = y1 >>> shift;
			if ((cx1 - cx0 + 1) * (cy1 - cy0 + 1) <= MAX_CELLS || level == 0) {
				break;
			}
			level--;
		}
		int keyShift = 2 * (PointSet.KEY_LEVEL - level);
		List<Cluster> clusters = new ArrayList<>();
		List<Point> points = new ArrayList<>();
		List<int[]> small = new ArrayList<>();
		long total = 0;
		for (long cy = cy0; cy <= cy1; cy++) {
			for (long cx = cx0; cx <= cx1; cx++) {
				long cell = Mercator.morton((int) cx, (int) cy);
				int from = view.lowerBound(cell << keyShift);
				int to = view.lowerBound((cell + 1) << keyShift);
				int count = to - from;
				if (count == 0) {
					continue;
				}
				total += count;
				if (count == 1) {
					points.add(point(view, from));
					continue;
				}
				if (zoom >= EXPAND_ZOOM && count <= EXPAND_MAX) {
					small.add(new int[] { from, to });
				}
				clusters.add(cluster(view, from, to));
			}
		}
		// Expand the small clusters while the answer stays within its size.
		if (!small.isEmpty()) {
			int room = MAX_ITEMS - clusters.size() - points.size();
			List<Cluster> kept = new ArrayList<>(clusters);
			for (int[] range : small) {
				int extra = range[1] - range[0] - 1;
				if (extra > room) {
					break;
				}
				room -= extra;
				kept.remove(cluster(view, range[0], range[1]));
				for (int i = range[0]; i < range[1]; i++) {
					points.add(point(view, i));
				}
			}
			clusters = kept;
		}
		return new Result(zoom, level, total, clusters, points);
	}

	private static Point point(PointView view, int i) {
		int p = view.point(i);
		PointSet set = view.set;
		return new Point(p, set.ids[p], Mercator.round(set.latitude(p)), Mercator.round(set.longitude(p)));
	}

	private static Cluster cluster(PointView view, int from, int to) {
		int count = to - from;
		double meanX = (double) view.sumX(from, to) / count + 0.5;
		double meanY = (double) view.sumY(from, to) / count + 0.5;
		int[] b = view.bounds(from, to);
		return new Cluster(Mercator.round(Mercator.lat(meanY)), Mercator.round(Mercator.lon(meanX)), count,
				Mercator.round(Mercator.lat(b[3] + 1.0)), Mercator.round(Mercator.lon(b[0])),
				Mercator.round(Mercator.lat(b[1])), Mercator.round(Mercator.lon(b[2] + 1.0)));
	}

}
