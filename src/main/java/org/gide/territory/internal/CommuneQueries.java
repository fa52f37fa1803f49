package org.gide.territory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.territory.Commune;
import org.gide.territory.Communes;
import org.gide.territory.Epci;
import org.gide.territory.EpciRef;
import org.gide.territory.Territories;
import org.gide.territory.TerritoryRef;
import org.gide.territory.TerritorySummary;

/** Read side of the module, in SQL: one query per screen, a commune's territory resolved by the view. */
@Service
@Transactional(readOnly = true)
class CommuneQueries implements Communes, Territories {

	private static final String COMMUNE = """
			select c.code, c.nom, c.codes_postaux, c.population, c.arrondissement_nom, c.centre_lat, c.centre_lon,
			  c.active, e.code as epci_code, e.nom as epci_nom, t.slug, t.name as territory_name
			from commune c
			left join epci e on e.code = c.epci_code
			left join commune_territory ct on ct.commune_code = c.code
			left join territory t on t.id = ct.territory_id
			""";

	private final JdbcTemplate jdbc;

	private final String departement;

	CommuneQueries(JdbcTemplate jdbc, @Value("${gide.departement:30}") String departement) {
		this.jdbc = jdbc;
		this.departement = departement;
	}

	@Override
	public Optional<Commune> find(String code) {
		return jdbc.query(COMMUNE + " where c.code = ?", CommuneQueries::commune, code).stream().findFirst();
	}

	@Override
	public List<Commune> all() {
		return jdbc.query(COMMUNE + " where c.active and c.departement = ? order by c.nom_normalise",
				CommuneQueries::commune, departement);
	}

	@Override
	public List<Commune> search(String query, int limit) {
		List<String> words = SearchText.words(query);
		if (words.isEmpty() || limit < 1) {
			return List.of();
		}
		String joined = String.join(" ", words);
		if (joined.matches("[0-9][0-9ab]?[0-9]*") && joined.length() >= 2) {
			// A code: INSEE or postal, by prefix. Corsican INSEE codes carry a letter (2A004).
			String prefix = joined.toUpperCase() + "%";
			return jdbc.query(COMMUNE + """
					 where c.active and c.departement = ?
					   and (c.code like ? or (' ' || c.codes_postaux) like ?)
					 order by case when c.code = ? or (' ' || c.codes_postaux || ' ') like ? then 0 else 1 end,
					   c.population desc nulls last, c.nom_normalise
					 limit ?""", CommuneQueries::commune, departement, prefix, "% " + prefix, joined.toUpperCase(),
					"% " + joined + " %", limit);
		}
		String[] patterns = words.stream().map(w -> "% " + w + "%").toArray(String[]::new);
		String exact = " " + joined + " ";
		return jdbc.query(COMMUNE + """
				 where c.active and c.departement = ? and c.recherche like all (?)
				 order by case when c.nom_normalise = ? then 0 when c.nom_normalise like ? then 1 else 2 end,
				   c.population desc nulls last, c.nom_normalise
				 limit ?""", CommuneQueries::commune, departement, patterns, exact, " " + joined + "%", limit);
	}

	@Override
	public List<TerritorySummary> list() {
		return summaries(null);
	}

	@Override
	public Optional<TerritorySummary> findBySlug(String slug) {
		return summaries(slug).stream().findFirst();
	}

	@Override
	public List<Commune> communesOf(String slug) {
		return jdbc.query(COMMUNE + " where c.active and t.slug = ? order by c.nom_normalise", CommuneQueries::commune,
				slug);
	}

	@Override
	public Optional<TerritoryRef> ofCommune(String communeCode) {
		return find(communeCode).map(Commune::territoire);
	}

	@Override
	public List<Epci> epcis() {
		return jdbc.query("select * from epci where active order by nom", CommuneQueries::epci);
	}

	/** Territories with their EPCI, added communes and resolved counts; all of them when {@code slug} is null. */
	private List<TerritorySummary> summaries(String slug) {
		record Row(long id, String slug, String name, String description, int communes, long population) {
		}
		List<Row> rows = jdbc.query("""
				select t.id, t.slug, t.name, t.description, count(c.code) as communes,
				  coalesce(sum(c.population), 0) as population
				from territory t
				left join commune_territory ct on ct.territory_id = t.id
				left join commune c on c.code = ct.commune_code and c.active
				where (cast(? as text) is null or t.slug = ?)
				group by t.id order by t.name
				""", (rs, n) -> new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
				rs.getString("description"), rs.getInt("communes"), rs.getLong("population")), slug, slug);
		Map<Long, List<Epci>> epcis = new LinkedHashMap<>();
		jdbc.query("select te.territory_id, e.* from territory_epci te join epci e on e.code = te.epci_code "
				+ "order by e.nom", rs -> {
					epcis.computeIfAbsent(rs.getLong("territory_id"), k -> new ArrayList<>()).add(epci(rs, 0));
				});
		Map<Long, List<String>> added = new LinkedHashMap<>();
		jdbc.query("select tc.territory_id, c.nom from territory_commune tc join commune c on c.code = tc.commune_code "
				+ "order by c.nom_normalise", rs -> {
					added.computeIfAbsent(rs.getLong("territory_id"), k -> new ArrayList<>()).add(rs.getString("nom"));
				});
		return rows.stream()
			.map(r -> new TerritorySummary(r.id(), r.slug(), r.name(), r.description(),
					epcis.getOrDefault(r.id(), List.of()), added.getOrDefault(r.id(), List.of()), r.communes(),
					r.population()))
			.toList();
	}

	static Commune commune(ResultSet rs, int row) throws SQLException {
		String postcodes = rs.getString("codes_postaux");
		String epciCode = rs.getString("epci_code");
		String slug = rs.getString("slug");
		return new Commune(rs.getString("code"), rs.getString("nom"),
				postcodes == null || postcodes.isBlank() ? List.of() : Arrays.asList(postcodes.split(" ")),
				rs.getObject("population", Integer.class), rs.getString("arrondissement_nom"),
				epciCode == null ? null : new EpciRef(epciCode, rs.getString("epci_nom")),
				slug == null ? null : new TerritoryRef(slug, rs.getString("territory_name")),
				rs.getObject("centre_lat", Double.class), rs.getObject("centre_lon", Double.class),
				rs.getBoolean("active"));
	}

	static Epci epci(ResultSet rs, int row) throws SQLException {
		return new Epci(rs.getString("code"), rs.getString("nom"), rs.getString("type"),
				rs.getObject("population_totale", Integer.class), rs.getInt("communes_departement"),
				rs.getInt("communes_hors_departement"));
	}

}
