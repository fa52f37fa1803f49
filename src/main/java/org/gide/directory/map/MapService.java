package org.gide.directory.map;

import java.sql.Array;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import org.gide.directory.DirectoryQuery;
import org.gide.directory.OrganisationTextMatch;
import org.gide.territory.Commune;
import org.gide.territory.Communes;

/**
 * What the map pages and API ask of the point store: the points a query keeps (a cached view per filter), their
 * clusters for a viewport, their counts per commune, and the names of single points.
 */
@Service
class MapService {

	private final PointStore store;

	private final Communes communes;

	private final ObjectProvider<OrganisationTextMatch> textMatch;

	private final JdbcTemplate jdbc;

	MapService(PointStore store, Communes communes, ObjectProvider<OrganisationTextMatch> textMatch,
			JdbcTemplate jdbc) {
		this.store = store;
		this.communes = communes;
		this.textMatch = textMatch;
		this.jdbc = jdbc;
	}

	/** The points of a query; {@code textIgnored} when the query has a text but no search index can match it. */
	record Selection(PointView view, boolean textIgnored) {
	}

	Selection select(DirectoryQuery query) {
		PointSet set = store.points();
		OrganisationTextMatch match = query.text() == null ? null : textMatch.getIfAvailable();
		boolean textIgnored = query.text() != null && match == null;
		String key = MapFilter.key(query, match != null);
		PointView view = set.view(key, () -> {
			BitSet text = match == null ? null : match.matching(query.text());
			boolean needsCommunes = !query.epcis().isEmpty() || !query.territories().isEmpty();
			List<Commune> all = needsCommunes ? communes.all() : List.of();
			IntPredicate keep = MapFilter.of(set, query, all, text);
			return keep == null ? set.all : PointView.of(set, keep);
		});
		return new Selection(view, textIgnored);
	}

	Clusters.Result clusters(PointView view, Viewport viewport, int zoom) {
		return Clusters.compute(view, viewport, zoom);
	}

	/** Number of points per commune code (points without a commune are left out). */
	Map<String, Integer> countsByCommune(PointView view) {
		PointSet set = view.set;
		int[] counts = new int[set.communeCodes.length];
		for (int i = 0; i < view.size; i++) {
			counts[set.commune[view.point(i)]]++;
		}
		Map<String, Integer> result = new HashMap<>();
		for (int c = 1; c < counts.length; c++) {
			if (counts[c] > 0) {
				result.put(set.communeCodes[c], counts[c]);
			}
		}
		return result;
	}

	/** The names of these organisations, by id. */
	Map<Long, String> names(List<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.query(connection -> {
			var statement = connection.prepareStatement("select id, name from organisation where id = any(?)");
			Array array = connection.createArrayOf("bigint", ids.toArray());
			statement.setArray(1, array);
			return statement;
		}, rs -> {
			names.put(rs.getLong(1), rs.getString(2));
		});
		return names;
	}

	List<Long> ids(List<Clusters.Point> points) {
		List<Long> ids = new ArrayList<>(points.size());
		points.forEach(p -> ids.add(p.id()));
		return ids;
	}

}
