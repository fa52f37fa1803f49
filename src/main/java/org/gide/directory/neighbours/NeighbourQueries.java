package org.gide.directory.neighbours;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.directory.OrganisationNeighbours;
import org.gide.directory.Sector;

/**
 * {@link OrganisationNeighbours} in SQL: a bounding box on latitude and longitude first (cheap), then the haversine
 * distance, in the database so that only the organisations within the radius leave it.
 */
@Service
@Transactional(readOnly = true)
class NeighbourQueries implements OrganisationNeighbours {

	private static final double EARTH_RADIUS_KM = 6371.0088;

	private final JdbcTemplate jdbc;

	NeighbourQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Neighbour> near(double latitude, double longitude, double radiusKm, int limit) {
		if (radiusKm <= 0 || limit <= 0) {
			return List.of();
		}
		double dLat = Math.toDegrees(radiusKm / EARTH_RADIUS_KM);
		double cos = Math.max(0.01, Math.cos(Math.toRadians(latitude)));
		double dLon = Math.min(180, dLat / cos);
		String sql = """
				select id, name, sector, commune_code, resource_actor, distance from (
				  select id, name, sector, commune_code, resource_actor,
				         2 * ? * asin(least(1, sqrt(power(sin(radians(latitude - ?) / 2), 2)
				           + cos(radians(?)) * cos(radians(latitude)) * power(sin(radians(longitude - ?) / 2), 2)))) as distance
				  from organisation
				  where active and ess_family <> 'NOT_ESS' and latitude is not null
				    and latitude between ? and ? and longitude between ? and ?
				) near where distance <= ? order by distance, id limit ?""";
		return jdbc.query(sql, (rs, n) -> new Neighbour(rs.getLong(1), rs.getString(2), sector(rs.getString(3)),
				rs.getString(4), rs.getBoolean(5), rs.getDouble(6)), EARTH_RADIUS_KM, latitude, latitude, longitude,
				latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon, radiusKm, limit);
	}

	private static Sector sector(String value) {
		try {
			return value == null ? Sector.NON_CLASSE : Sector.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			return Sector.NON_CLASSE;
		}
	}

}
