package org.gide.calls.needs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.calls.Theme;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationNeighbours;
import org.gide.directory.OrganisationNeighbours.Neighbour;
import org.gide.directory.Organisations;
import org.gide.directory.Sector;
import org.gide.territory.Commune;
import org.gide.territory.Communes;
import org.gide.territory.TerritoryRef;
import org.gide.territory.Territories;

/**
 * Suggests organisations likely to cooperate on a dossier: active ESS organisations of the directory around the
 * place, ranked by documented, deterministic points (see {@code docs/calls-needs.md}):
 * <ul>
 * <li>{@value #SECTOR_POINTS}: its sector brings one of the dossier's themes ({@code calls/theme-sectors.csv}) and no
 * organisation already in the dossier has that sector;</li>
 * <li>up to {@value #DISTANCE_POINTS}: closer is better, {@code round(30 × (1 − km / 60))}, 0 beyond 60 km;</li>
 * <li>{@value #RESOURCE_POINTS}: a resource actor (tête de réseau) of the place's territory;</li>
 * <li>{@value #NEED_POINTS}: it posted or joined an open need of the place's EPCI sharing a theme with the
 * dossier.</li>
 * </ul>
 * Highest score first, then by name (case-insensitive), then id. Candidates are searched within
 * {@code gide.calls.needs.partners.radius-km} (30 km), doubled while fewer than the limit are found, up to
 * {@code max-radius-km} (120 km).
 */
@Service
@Transactional(readOnly = true)
public class PartnerFinder {

	static final int SECTOR_POINTS = 40;

	static final int DISTANCE_POINTS = 30;

	static final double DISTANCE_SCALE_KM = 60;

	static final int RESOURCE_POINTS = 20;

	static final int NEED_POINTS = 15;

	/** Most candidates read from the directory for one search. */
	static final int CANDIDATES = 5000;

	private final OrganisationNeighbours neighbours;

	private final Organisations organisations;

	private final Communes communes;

	private final Territories territories;

	private final ThemeSectors themeSectors;

	private final JdbcTemplate jdbc;

	private final double radiusKm;

	private final double maxRadiusKm;

	PartnerFinder(OrganisationNeighbours neighbours, Organisations organisations, Communes communes,
			Territories territories, ThemeSectors themeSectors, JdbcTemplate jdbc,
			@Value("${gide.calls.needs.partners.radius-km:30}") double radiusKm,
			@Value("${gide.calls.needs.partners.max-radius-km:120}") double maxRadiusKm) {
		this.neighbours = neighbours;
		this.organisations = organisations;
		this.communes = communes;
		this.territories = territories;
		this.themeSectors = themeSectors;
		this.jdbc = jdbc;
		this.radiusKm = radiusKm;
		this.maxRadiusKm = Math.max(radiusKm, maxRadiusKm);
	}

	/** The place the distances are measured from, and the territory and EPCI the other reasons look at. */
	record Place(double latitude, double longitude, String label, String communeCode, TerritoryRef territory,
			String epciCode) {
	}

	/** The place of a query: the commune's centre, or the lead organisation's position (else its commune's centre). */
	Optional<Place> place(PartnerQuery query) {
		if (query.communeCode() != null) {
			return communes.find(query.communeCode()).filter(c -> c.centreLat() != null).map(c -> place(c, c.nom(), c.centreLat(), c.centreLon()));
		}
		if (query.leadOrganisationId() != null) {
			Optional<OrganisationDetails> lead = organisations.find(query.leadOrganisationId());
			if (lead.isEmpty() || lead.get().commune() == null) {
				return Optional.empty();
			}
			Commune commune = lead.get().commune();
			if (lead.get().latitude() != null) {
				return Optional.of(place(commune, commune.nom(), lead.get().latitude(), lead.get().longitude()));
			}
			return Optional.ofNullable(commune.centreLat() == null ? null : place(commune, commune.nom(), commune.centreLat(), commune.centreLon()));
		}
		return Optional.empty();
	}

	private Place place(Commune commune, String label, double lat, double lon) {
		TerritoryRef territory = territories.ofCommune(commune.code()).orElse(commune.territoire());
		return new Place(lat, lon, label, commune.code(), territory, commune.epci() == null ? null : commune.epci().code());
	}

	public List<PartnerSuggestion> suggest(PartnerQuery query) {
		Optional<Place> found = place(query);
		if (found.isEmpty()) {
			return List.of();
		}
		Place place = found.get();
		Set<Long> excluded = new HashSet<>(query.partners());
		if (query.leadOrganisationId() != null) {
			excluded.add(query.leadOrganisationId());
		}
		Set<Sector> covered = EnumSet.noneOf(Sector.class);
		excluded.forEach(id -> organisations.find(id).ifPresent(o -> covered.add(o.sector())));
		Set<Sector> complementary = EnumSet.noneOf(Sector.class);
		complementary.addAll(themeSectors.of(query.themes()));
		complementary.removeAll(covered);
		complementary.remove(Sector.NON_CLASSE);

		List<Neighbour> candidates = candidates(place, excluded, query.limit());
		Map<Long, NeedLink> needs = needLinks(place.epciCode(), query.themes());
		Map<String, Commune> communesByCode = new HashMap<>();
		Map<String, Optional<TerritoryRef>> territoryByCommune = new HashMap<>();

		List<PartnerSuggestion> suggestions = new ArrayList<>();
		for (Neighbour candidate : candidates) {
			List<PartnerSuggestion.Reason> reasons = new ArrayList<>();
			if (complementary.contains(candidate.sector())) {
				reasons.add(new PartnerSuggestion.Reason("calls.needs.partners.reason.sector",
						List.of(new DefaultMessageSourceResolvable(candidate.sector().messageKey())), SECTOR_POINTS));
			}
			int distancePoints = (int) Math.round(DISTANCE_POINTS * Math.max(0, 1 - candidate.distanceKm() / DISTANCE_SCALE_KM));
			long km = Math.round(candidate.distanceKm());
			reasons.add(km < 1
					? new PartnerSuggestion.Reason("calls.needs.partners.reason.distance.near", List.of(place.label()), distancePoints)
					: new PartnerSuggestion.Reason("calls.needs.partners.reason.distance", List.of(km, place.label()), distancePoints));
			if (candidate.resourceActor() && place.territory() != null && candidate.communeCode() != null) {
				Optional<TerritoryRef> theirs = territoryByCommune.computeIfAbsent(candidate.communeCode(),
						territories::ofCommune);
				if (theirs.isPresent() && theirs.get().slug().equals(place.territory().slug())) {
					reasons.add(new PartnerSuggestion.Reason("calls.needs.partners.reason.resource",
							List.of(place.territory().nom()), RESOURCE_POINTS));
				}
			}
			NeedLink link = needs.get(candidate.id());
			if (link != null) {
				reasons.add(new PartnerSuggestion.Reason(link.posted() ? "calls.needs.partners.reason.posted"
						: "calls.needs.partners.reason.supports", List.of(link.title()), NEED_POINTS));
			}
			int score = reasons.stream().mapToInt(PartnerSuggestion.Reason::points).sum();
			String communeName = candidate.communeCode() == null ? null
					: communesByCode.computeIfAbsent(candidate.communeCode(), c -> communes.find(c).orElse(null)) == null
							? null : communesByCode.get(candidate.communeCode()).nom();
			suggestions.add(new PartnerSuggestion(candidate.id(), candidate.name(), candidate.sector(),
					candidate.communeCode(), communeName, candidate.distanceKm(), score, reasons));
		}
		suggestions.sort(ORDER);
		return List.copyOf(suggestions.subList(0, Math.min(query.limit(), suggestions.size())));
	}

	/** Highest score, then name ignoring case, then id: the same query always gives the same list. */
	static final Comparator<PartnerSuggestion> ORDER = Comparator.comparingInt(PartnerSuggestion::score)
		.reversed()
		.thenComparing(s -> s.name().toLowerCase(java.util.Locale.ROOT))
		.thenComparingLong(PartnerSuggestion::organisationId);

	private List<Neighbour> candidates(Place place, Set<Long> excluded, int limit) {
		double radius = radiusKm;
		while (true) {
			List<Neighbour> found = neighbours.near(place.latitude(), place.longitude(), radius, CANDIDATES)
				.stream()
				.filter(n -> !excluded.contains(n.id()))
				.toList();
			if (found.size() >= limit || radius >= maxRadiusKm) {
				return found;
			}
			radius = Math.min(maxRadiusKm, radius * 2);
		}
	}

	/** An organisation's tie to an open need of the EPCI: the first such need (by id), posted rather than joined. */
	record NeedLink(long needId, String title, boolean posted) {
	}

	private Map<Long, NeedLink> needLinks(String epciCode, Set<Theme> themes) {
		Map<Long, NeedLink> links = new HashMap<>();
		if (epciCode == null || themes.isEmpty()) {
			return links;
		}
		String[] codes = themes.stream().map(Theme::code).sorted().toArray(String[]::new);
		jdbc.query("""
				select organisation_id, id, title, posted from (
				  select n.organisation_id, n.id, n.title, true as posted from territory_need n
				  where n.status = 'OPEN' and n.epci_code = ? and n.themes && ?::text[]
				  union all
				  select s.organisation_id, n.id, n.title, false from territory_need_supporter s
				  join territory_need n on n.id = s.need_id
				  where n.status = 'OPEN' and n.epci_code = ? and n.themes && ?::text[]
				) l order by posted desc, id""", rs -> {
			links.putIfAbsent(rs.getLong(1), new NeedLink(rs.getLong(2), rs.getString(3), rs.getBoolean(4)));
		}, epciCode, codes, epciCode, codes);
		return links;
	}

}
