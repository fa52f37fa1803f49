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
		values.putAll(org.gide.directory.imports.ImportRoutePlaceholders.values(jdbc));
		return values;
	}

}
