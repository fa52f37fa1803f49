package org.gide.resources.item;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real DRAFT method for the route matrix's sample paths ({@code {resourceDraft}}) of an organisation that no
 * visitor of the matrix administers: the committee (agent, editor, admin) may edit it, the others get 404. Created
 * once per test database (SQL fixture); the matrix's empty POSTs never change it (they lack the version).
 */
public final class AuthoringRoutePlaceholders {

	private AuthoringRoutePlaceholders() {
	}

	public static synchronized Map<String, String> values(JdbcTemplate jdbc) {
		String name = "Structure témoin des ressources";
		jdbc.update("insert into organisation (name, ess_family, sector, source) select ?, 'ASSOCIATION', "
				+ "'NON_CLASSE', 'MANUAL' where not exists (select 1 from organisation where name = ?)", name, name);
		long organisation = jdbc.queryForObject("select min(id) from organisation where name = ?", Long.class, name);
		String title = "Méthode témoin des routes";
		jdbc.update("insert into resource_item (type, slug, title, licence, contributing_organisation_id, "
				+ "created_by_label, created_at, updated_at, purpose, audience, usage) select 'METHOD', "
				+ "'methode-temoin-des-routes', ?, 'CC_BY', ?, 'Témoin', now(), now(), 'Décider.', 'Tous.', 'Ainsi.' "
				+ "where not exists (select 1 from resource_item where title = ?)", title, organisation, title);
		long item = jdbc.queryForObject("select min(id) from resource_item where title = ?", Long.class, title);
		jdbc.update("insert into resource_item_organisation (item_id, organisation_id, position) values (?, ?, 0) "
				+ "on conflict do nothing", item, organisation);
		return Map.of("resourceDraft", String.valueOf(item));
	}

}
