package org.gide.directory.registers;

/**
 * Lambert-93 (EPSG:2154) ↔ geographic coordinates on the GRS80 ellipsoid (RGF93, which agrees with WGS84 to well
 * under a metre), with the IGN algorithms for the conformal conic projection (notes NT/G 71: ALG0001 isometric
 * latitude, ALG0002 its inverse, ALG0003 forward and ALG0004 inverse projection, ALG0054 constants of a secant
 * projection). No GIS library.
 * <p>
 * Definition of Lambert-93: standard parallels 44° and 49° N, latitude of origin 46°30' N, central meridian 3° E
 * of Greenwich, false easting 700 000 m, false northing 6 600 000 m. The constants below are derived from that
 * definition at class load; {@code n}, {@code C} and {@code Ys} match the values IGN publishes (n = 0.7256077650,
 * C = 11 754 255.426 m, Ys = 12 655 612.050 m).
 */
public final class Lambert93 {

	/** GRS80 semi-major axis (m). */
	static final double A = 6_378_137.0;

	/** GRS80 flattening. */
	static final double F = 1 / 298.257222101;

	/** First eccentricity. */
	static final double E = Math.sqrt(F * (2 - F));

	static final double LAMBDA0 = Math.toRadians(3);

	static final double XS = 700_000.0;

	static final double N;

	static final double C;

	static final double YS;

	static {
		double phi1 = Math.toRadians(44);
		double phi2 = Math.toRadians(49);
		double phi0 = Math.toRadians(46.5);
		double n1 = grandNormal(phi1) * Math.cos(phi1);
		double n2 = grandNormal(phi2) * Math.cos(phi2);
		double l1 = isometricLatitude(phi1);
		double l2 = isometricLatitude(phi2);
		N = Math.log(n2 / n1) / (l1 - l2);
		C = n1 / N * Math.exp(N * l1);
		YS = 6_600_000.0 + C * Math.exp(-N * isometricLatitude(phi0));
	}

	private Lambert93() {
	}

	/** Converts Lambert-93 metres to latitude/longitude in degrees. */
	public static GeoPoint toWgs84(double x, double y) {
		double dx = x - XS;
		double dy = YS - y;
		double r = Math.hypot(dx, dy);
		double gamma = Math.atan2(dx, dy);
		double lambda = LAMBDA0 + gamma / N;
		double latIso = -Math.log(Math.abs(r / C)) / N;
		return new GeoPoint(Math.toDegrees(latitudeFromIsometric(latIso)), Math.toDegrees(lambda));
	}

	/** Converts latitude/longitude in degrees to Lambert-93 metres: {@code {x, y}}. */
	public static double[] fromWgs84(double latitude, double longitude) {
		double phi = Math.toRadians(latitude);
		double lambda = Math.toRadians(longitude);
		double r = C * Math.exp(-N * isometricLatitude(phi));
		double theta = N * (lambda - LAMBDA0);
		return new double[] { XS + r * Math.sin(theta), YS - r * Math.cos(theta) };
	}

	/** Whether a point is within the Lambert-93 extent of metropolitan France and Corsica (with a margin). */
	public static boolean plausible(double x, double y) {
		return x >= 0 && x <= 1_300_000 && y >= 6_000_000 && y <= 7_200_000;
	}

	/** ALG0001. */
	static double isometricLatitude(double phi) {
		double es = E * Math.sin(phi);
		return Math.log(Math.tan(Math.PI / 4 + phi / 2) * Math.pow((1 - es) / (1 + es), E / 2));
	}

	/** ALG0002, iterated to 1e-12 rad. */
	static double latitudeFromIsometric(double latIso) {
		double expL = Math.exp(latIso);
		double phi = 2 * Math.atan(expL) - Math.PI / 2;
		for (int i = 0; i < 50; i++) {
			double es = E * Math.sin(phi);
			double next = 2 * Math.atan(Math.pow((1 + es) / (1 - es), E / 2) * expL) - Math.PI / 2;
			if (Math.abs(next - phi) < 1e-12) {
				return next;
			}
			phi = next;
		}
		return phi;
	}

	/** Radius of curvature in the prime vertical. */
	private static double grandNormal(double phi) {
		double s = Math.sin(phi);
		return A / Math.sqrt(1 - E * E * s * s);
	}

}
