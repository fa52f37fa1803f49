package org.gide.directory.map;

/**
 * The part of the world a map shows, in WGS84 degrees, as Leaflet's {@code toBBoxString()} writes it:
 * {@code west,south,east,north}. A box across the antimeridian (west greater than east) is refused: the
 * département's maps never need one, and the client can split it.
 */
record Viewport(double west, double south, double east, double north) {

	static final int MAX_ZOOM = 22;

	/** Reads {@code west,south,east,north}; throws {@link InvalidViewport} naming what is wrong. */
	static Viewport parse(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidViewport("bbox", "map.error.bbox.missing", "");
		}
		String[] parts = raw.split(",");
		if (parts.length != 4) {
			throw new InvalidViewport("bbox", "map.error.bbox.format", raw);
		}
		double[] values = new double[4];
		for (int i = 0; i < 4; i++) {
			try {
				values[i] = Double.parseDouble(parts[i].strip());
			}
			catch (NumberFormatException e) {
				throw new InvalidViewport("bbox", "map.error.bbox.format", raw);
			}
			if (!Double.isFinite(values[i])) {
				throw new InvalidViewport("bbox", "map.error.bbox.format", raw);
			}
		}
		double west = values[0];
		double south = values[1];
		double east = values[2];
		double north = values[3];
		if (west < -180 || east > 180 || south < -90 || north > 90 || west > 180 || east < -180 || south > 90
				|| north < -90) {
			throw new InvalidViewport("bbox", "map.error.bbox.range", raw);
		}
		if (west > east) {
			throw new InvalidViewport("bbox", "map.error.bbox.antimeridian", raw);
		}
		if (south > north) {
			throw new InvalidViewport("bbox", "map.error.bbox.order", raw);
		}
		return new Viewport(west, south, east, north);
	}

	static int zoom(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidViewport("zoom", "map.error.zoom.missing", "");
		}
		try {
			int zoom = Integer.parseInt(raw.strip());
			if (zoom < 0 || zoom > MAX_ZOOM) {
				throw new InvalidViewport("zoom", "map.error.zoom.range", raw);
			}
			return zoom;
		}
		catch (NumberFormatException e) {
			throw new InvalidViewport("zoom", "map.error.zoom.format", raw);
		}
	}

	/** A refused bbox or zoom: the parameter, a message key of {@code i18n/directory-map} and the value given. */
	static final class InvalidViewport extends RuntimeException {

		private final String parameter;

		private final String code;

		private final String value;

		InvalidViewport(String parameter, String code, String value) {
			super(parameter + ": " + code + " (" + value + ")");
			this.parameter = parameter;
			this.code = code;
			this.value = value;
		}

		String parameter() {
			return parameter;
		}

		String code() {
			return code;
		}

		String value() {
			return value;
		}

	}

}
