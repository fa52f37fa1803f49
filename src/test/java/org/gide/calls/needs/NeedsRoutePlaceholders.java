package org.gide.calls.needs;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real need for the route matrix's sample paths ({@code {need}}): posted in Alès by an organisation that no visitor
 * of the matrix administers. Created once per test database; the matrix's empty POSTs never change it (they lack the
 * version or the organisation).
 */
public final class NeedsRoutePlaceholders {

	private NeedsRoutePlaceholders() {
	}

	public static synchronized Map<String, String> values(JdbcTemplate jdbc) {
		String name = "Structure témoin des besoins";
		jdbc.update("insert into organisation (name, ess_family, sector, source, commune_code) select ?, 'ASSOCIATION', "
				+ "'NON_CLASSE', 'MANUAL', '30007' where not exists (select 1 from organisation where name = ?)", name, name);
		long organisation = jdbc.queryForObject("select min(id) from organisation where name = ?", Long.class, name);
		String title = "Besoin témoin des routes";
		jdbc.update("insert into territory_need (title, description, evidence, commune_code, epci_code, themes, "
				+ "organisation_id, posted_by, posted_at) select ?, 'Un lieu partagé manque.', 'Enquête 2026.', '30007', "
				+ "(select epci_code from commune where code = '30007'), '{alimentation}', ?, 0, now() "
				+ "where not exists (select 1 from territory_need where title = ?)", title, organisation, title);
		return Map.of("need", jdbc.queryForObject("select min(id) from territory_need where title = ?", String.class, title));
	}

}
