package org.gide.support;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gide.accounts.Accounts;
import org.gide.accounts.Role;
import org.springframework.jdbc.core.JdbcTemplate;

/** Values for the placeholders of the route matrix's sample paths: real rows of the test database. */
public final class Placeholders {

	/** An account that route checks may modify, never one of the visitors. */
	static final String TARGET = "cible@visiteurs.test";

	private Placeholders() {
	}

	public static Map<String, String> values(JdbcTemplate jdbc, Accounts accounts) {
		if (accounts.findByEmail(TARGET).isEmpty()) {
			accounts.createVerifiedAccount(TARGET, "Compte cible", TestUsers.PASSWORD, EnumSet.of(Role.MEMBER));
		}
		Map<String, String> values = new LinkedHashMap<>();
		values.put("commune", "30007");
		values.put("token", "jeton-inconnu");
		values.put("user", String.valueOf(accounts.findByEmail(TARGET).orElseThrow().id()));
		values.put("direction", jdbc.queryForObject("select min(id) from direction", String.class));
		values.put("territory", jdbc.queryForObject("select min(id) from territory", String.class));
		values.put("territorySlug", jdbc.queryForObject("select slug from territory order by id limit 1", String.class));
		values.put("organisation", organisation(jdbc));
		values.put("proposal", proposal(jdbc));
		values.putAll(org.gide.directory.imports.ImportRoutePlaceholders.values(jdbc));
		values.putAll(org.gide.calls.laureates.LaureateFixtures.values(jdbc));
		values.putAll(org.gide.calls.committee.CommitteeRoutePlaceholders.values(jdbc));
		values.putAll(org.gide.calls.call.CallRoutePlaceholders.values(jdbc));
		values.putAll(org.gide.calls.needs.NeedsRoutePlaceholders.values(jdbc));
		values.putAll(org.gide.calls.dossiers.DossierRoutePlaceholders.values(jdbc));
		values.putAll(org.gide.resources.item.AuthoringRoutePlaceholders.values(jdbc));
		values.putAll(org.gide.resources.workflow.WorkflowRoutePlaceholders.values(jdbc));
		values.putAll(org.gide.resources.reading.ReadingRoutePlaceholders.values(jdbc));
		values.putAll(org.gide.agenda.events.EventRoutePlaceholders.values(jdbc));
		values.putAll(org.gide.agenda.series.SeriesRoutePlaceholders.values(jdbc));
		return values;
	}

	/** An organisation of the directory that route checks may look at (created once, never claimed by them). */
	static String organisation(JdbcTemplate jdbc) {
		String name = "Organisation témoin des routes";
		jdbc.update("insert into organisation (name, ess_family, sector, source, public_website) select ?, "
				+ "'ASSOCIATION', 'NON_CLASSE', 'MANUAL', 'https://www.temoin-routes.fr' where not exists "
				+ "(select 1 from organisation where name = ?)", name, name);
		return jdbc.queryForObject("select min(id) from organisation where name = ?", String.class, name);
	}

	/** A pending proposal of an organisation (created once; route checks never decide it). */
	static String proposal(JdbcTemplate jdbc) {
		String name = "Proposition témoin des routes";
		jdbc.update("insert into organisation_proposal (status, contact_email, name) select 'PENDING', "
				+ "'proposant@visiteurs.test', ? where not exists (select 1 from organisation_proposal where name = ?)",
				name, name);
		return jdbc.queryForObject("select min(id) from organisation_proposal where name = ?", String.class, name);
	}

}
