package org.gide.directory.map;

/**
 * Web Mercator coordinates as 30-bit integers (the world is 2^30 units wide, about 4 cm at the equator), the grid
 * the map's tiles use, so that cells of a zoom level are aligned on the tiles whatever the viewport.
 */
final class Mercator {

	static final int BITS = 30;

	static final int WORLD = 1 << BITS;

	static final double MAX_LATITUDE = 85.0511287798066;

	private Mercator() {
	}

	static int x(double lon) {
		double x = (lon + 180.0) / 360.0;
		return clamp((long) Math.floor(x * WORLD));
	}

	static int y(double lat) {
		double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
		double sin = Math.sin(Math.toRadians(clamped));
		double y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
		return clamp((long) Math.floor(y * WORLD));
	}

	static double lon(double x) {
		return x / WORLD * 360.0 - 180.0;
	}

	static double lat(double y) {
		double n = Math.PI - 2.0 * Math.PI * y / WORLD;
		return Math.toDegrees(Math.atan(Math.sinh(n)));
	}

	private static int clamp(long v) {
		return (int) Math.max(0, Math.min(WORLD - 1L, v));
	}

	/** Interleaves the bits of two 20-bit cell coordinates (Z-order), x on the even bits. */
	static long morton(int cx, int cy) {
		return spread(cx) | (spread(cy) << 1);
	}

	private static long spread(int v) {
		long x = v & 0xFFFFFL;
		x = (x | (x << 16)) & 0x0000FFFF0000FFFFL;
		x = (x | (x << 8)) & 0x00FF00FF00FF00FFL;
		x = (x | (x << 4)) & 0x0F0F0F0F0F0F0F0FL;
		x = (x | (x << 2)) & 0x3333333333333333L;
		x = (x | (x << 1)) & 0x5555555555555555L;
		return x;
	}

	/** Rounds degrees to 5 decimals (about a metre): enough for a map, short in JSON. */
	static double round(double degrees) {
		return Math.round(degrees * 1e5) / 1e5;
	}

}
