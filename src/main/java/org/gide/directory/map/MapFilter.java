package org.gide.directory.map;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

import org.gide.directory.DirectoryQuery;
import org.gide.directory.EssFamily;
import org.gide.directory.ReservedMarket;
import org.gide.directory.Sector;
import org.gide.territory.Commune;

/**
 * A {@link DirectoryQuery} as a test on the points of a snapshot: families, sectors, communes (with those of the
 * EPCI and territories asked for), inclusion types, reserved markets, resource actors, distance, and the text as
 * the search index matched it. Every criterion narrows; values of one criterion are alternatives.
 */
final class MapFilter {

	private MapFilter() {
	}

	/** The key of the query's filter part: equal keys keep the same points. */
	static String key(DirectoryQuery query, boolean withText) {
		DirectoryQuery filter = new DirectoryQuery(withText ? query.text() : null, query.families(), query.sectors(), query.epcis(), query.territories(),
						query.communes(), query.inclusionTypes(), query.reservedMarkets(), query.resourceActorsOnly(),
						query.near(), DirectoryQuery.Sort.RELEVANCE, 1, List.of());
		return filter.toQueryString(false);
	}

	/**
	 * The test, or null when the query keeps every point. {@code communes}: the département's communes (to resolve
	 * EPCI and territories); {@code text}: ids the text matched, null to ignore the text.
	 */
	static IntPredicate of(PointSet set, DirectoryQuery query, List<Commune> communes, BitSet text) {
		boolean families = !query.families().isEmpty();
		int familyMask = mask(query.families().stream().mapToInt(EssFamily::ordinal).toArray());
		boolean sectors = !query.sectors().isEmpty();
		int sectorMask = mask(query.sectors().stream().mapToInt(Sector::ordinal).toArray());
		boolean inclusion = !query.inclusionTypes().isEmpty();
		int inclusionMask = mask(query.inclusionTypes().stream().mapToInt(t -> t.ordinal() + 1).toArray());
		Set<ReservedMarket> markets = query.reservedMarkets();
		boolean resource = query.resourceActorsOnly();
		boolean[] allowedCommunes = allowedCommunes(set, query, communes);
		DirectoryQuery.Near near = query.near();
		if (!families && !sectors && !inclusion && markets.isEmpty() && !resource && allowedCommunes == null
				&& near == null && text == null) {
			return null;
		}
		int nearX0 = 0;
		int nearX1 = 0;
		int nearY0 = 0;
		int nearY1 = 0;
		if (near != null) {
			double dLat = near.radiusKm() / 111.0;
			double dLon = near.radiusKm() / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(near.latitude()))));
			nearX0 = Mercator.x(near.longitude() - dLon);
			nearX1 = Mercator.x(near.longitude() + dLon);
			nearY0 = Mercator.y(near.latitude() + dLat);
			nearY1 = Mercator.y(near.latitude() - dLat);
		}
		int fx0 = nearX0;
		int fx1 = nearX1;
		int fy0 = nearY0;
		int fy1 = nearY1;
		return i -> {
			int a = set.attrs[i];
			if (families && (familyMask & (1 << PointSet.Attributes.family(a))) == 0) {
				return false;
			}
			if (sectors && (sectorMask & (1 << PointSet.Attributes.sector(a))) == 0) {
				return false;
			}
			if (inclusion && (inclusionMask & (1 << PointSet.Attributes.inclusion(a))) == 0) {
				return false;
			}
			for (ReservedMarket market : markets) {
				if (!PointSet.Attributes.market(a, market)) {
					return false;
				}
			}
			if (resource && !PointSet.Attributes.resource(a)) {
				return false;
			}
			if (allowedCommunes != null && !allowedCommunes[set.commune[i]]) {
				return false;
			}
			if (near != null) {
				int x = set.x[i];
				int y = set.y[i];
				if (x < fx0 || x > fx1 || y < fy0 || y > fy1
						|| near.distanceKm(set.latitude(i), set.longitude(i)) > near.radiusKm()) {
					return false;
				}
			}
			if (text != null) {
				long id = set.ids[i];
				return id <= Integer.MAX_VALUE && text.get((int) id);
			}
			return true;
		};
	}

	private static boolean[] allowedCommunes(PointSet set, DirectoryQuery query, List<Commune> communes) {
		if (query.communes().isEmpty() && query.epcis().isEmpty() && query.territories().isEmpty()) {
			return null;
		}
		// Criteria narrow one another: a commune must match each of the commune, EPCI and territory lists given.
		Set<String> allowed = null;
		if (!query.communes().isEmpty()) {
			allowed = new HashSet<>(query.communes());
		}
		if (!query.epcis().isEmpty()) {
			Set<String> inEpci = new HashSet<>();
			for (Commune c : communes) {
				if (c.epci() != null && query.epcis().contains(c.epci().code())) {
					inEpci.add(c.code());
				}
			}
			allowed = intersect(allowed, inEpci);
		}
		if (!query.territories().isEmpty()) {
			Set<String> inTerritory = new HashSet<>();
			for (Commune c : communes) {
				if (c.territoire() != null && query.territories().contains(c.territoire().slug())) {
					inTerritory.add(c.code());
				}
			}
			allowed = intersect(allowed, inTerritory);
		}
		boolean[] result = new boolean[set.communeCodes.length];
		for (int i = 0; i < result.length; i++) {
			result[i] = allowed.contains(set.communeCodes[i]);
		}
		return result;
	}

	private static Set<String> intersect(Set<String> a, Set<String> b) {
		if (a == null) {
			return b;
		}
		a.retainAll(b);
		return a;
	}

	private static int mask(int[] bits) {
		int mask = 0;
		for (int bit : bits) {
			mask |= 1 << bit;
		}
		return mask;
	}


}
