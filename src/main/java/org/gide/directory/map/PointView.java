package org.gide.directory.map;

import java.util.function.IntPredicate;

/**
 * The points of a snapshot that a filter keeps (all of them for the unfiltered view), still in Z-order, with
 * prefix sums of their coordinates and the bounds of each block of 64, so that a grid cell's count, weighted
 * centre and bounds cost two binary searches and a few block reads, whatever the number of points.
 */
final class PointView {

	private static final int BLOCK_SHIFT = 6;

	final PointSet set;

	/** Indices into the set, ascending; null: every point. */
	private final int[] index;

	final int size;

	private final long[] sumX;

	private final long[] sumY;

	private final int[] blockMinX;

	private final int[] blockMaxX;

	private final int[] blockMinY;

	private final int[] blockMaxY;

	private PointView(PointSet set, int[] index, int size) {
		this.set = set;
		this.index = index;
		this.size = size;
		this.sumX = new long[size + 1];
		this.sumY = new long[size + 1];
		int blocks = (size >> BLOCK_SHIFT) + 1;
		blockMinX = new int[blocks];
		blockMaxX = new int[blocks];
		blockMinY = new int[blocks];
		blockMaxY = new int[blocks];
		java.util.Arrays.fill(blockMinX, Integer.MAX_VALUE);
		java.util.Arrays.fill(blockMinY, Integer.MAX_VALUE);
		java.util.Arrays.fill(blockMaxX, Integer.MIN_VALUE);
		java.util.Arrays.fill(blockMaxY, Integer.MIN_VALUE);
		for (int i = 0; i < size; i++) {
			int p = point(i);
			int px = set.x[p];
			int py = set.y[p];
			sumX[i + 1] = sumX[i] + px;
			sumY[i + 1] = sumY[i] + py;
			int b = i >> BLOCK_SHIFT;
			blockMinX[b] = Math.min(blockMinX[b], px);
			blockMaxX[b] = Math.max(blockMaxX[b], px);
			blockMinY[b] = Math.min(blockMinY[b], py);
			blockMaxY[b] = Math.max(blockMaxY[b], py);
		}
	}

	/** The points {@code keep} accepts (by their index in the set); null keeps every point. */
	static PointView of(PointSet set, IntPredicate keep) {
		if (keep == null) {
			return new PointView(set, null, set.size);
		}
		int[] kept = new int[Math.min(set.size, 1024)];
		int n = 0;
		for (int i = 0; i < set.size; i++) {
			if (keep.test(i)) {
				if (n == kept.length) {
					kept = java.util.Arrays.copyOf(kept, Math.min(set.size, kept.length * 2));
				}
				kept[n++] = i;
			}
		}
		return new PointView(set, kept, n);
	}

	/** The set's index of the i-th point of this view. */
	int point(int i) {
		return index == null ? i : index[i];
	}

	/** First position whose Z-order key is at least {@code key}. */
	int lowerBound(long key) {
		int lo = 0;
		int hi = size;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (set.key(point(mid)) < key) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	long sumX(int from, int to) {
		return sumX[to] - sumX[from];
	}

	long sumY(int from, int to) {
		return sumY[to] - sumY[from];
	}

	/** The bounds (min x, min y, max x, max y) of the points from position {@code from} included to {@code to} excluded, which must not be empty. */
	int[] bounds(int from, int to) {
		int minX = Integer.MAX_VALUE;
		int minY = Integer.MAX_VALUE;
		int maxX = Integer.MIN_VALUE;
		int maxY = Integer.MIN_VALUE;
		int i = from;
		while (i < to) {
			int b = i >> BLOCK_SHIFT;
			int blockStart = b << BLOCK_SHIFT;
			int blockEnd = blockStart + (1 << BLOCK_SHIFT);
			if (i == blockStart && blockEnd <= to) {
				minX = Math.min(minX, blockMinX[b]);
				maxX = Math.max(maxX, blockMaxX[b]);
				minY = Math.min(minY, blockMinY[b]);
				maxY = Math.max(maxY, blockMaxY[b]);
				i = blockEnd;
			}
			else {
				int p = point(i);
				minX = Math.min(minX, set.x[p]);
				maxX = Math.max(maxX, set.x[p]);
				minY = Math.min(minY, set.y[p]);
				maxY = Math.max(maxY, set.y[p]);
				i++;
			}
		}
		return new int[] { minX, minY, maxX, maxY };
	}

}
