package org.gide.territory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.territory.internal.TerritoryEditException.Problem;

/**
 * Creates, edits and deletes territories. All rules are checked before anything is written, so a refused form
 * leaves no trace; the form's version must be the stored one (optimistic locking).
 */
@Service
@Transactional
public class TerritoryEditor {

	private static final Pattern LEADING_CODE = Pattern
		.compile("^(\\d[\\dABab]\\d{3})(?:\\s|$)");

	private final TerritoryRepository territories;

	private final JdbcTemplate jdbc;

	private final String departement;

	TerritoryEditor(TerritoryRepository territories, JdbcTemplate jdbc,
			@Value("${gide.departement:30}") String departement) {
		this.territories = territories;
		this.jdbc = jdbc;
		this.departement = departement;
	}

	@Transactional(readOnly = true)
	public Optional<Territory> find(long id) {
		return territories.findById(id);
	}

	public Territory create(TerritoryForm form) {
		Territory territory = new Territory();
		apply(territory, form);
		return territories.saveAndFlush(territory);
	}

	public Territory update(long id, TerritoryForm form) {
		Territory territory = territories.findById(id)
			.orElseThrow(() -> new TerritoryConflictException("Territory " + id + " was deleted"));
		if (form.getVersion() == null || form.getVersion() != territory.getVersion()) {
			throw new TerritoryConflictException("Territory " + id + " changed since version " + form.getVersion());
		}
		apply(territory, form);
		return territories.saveAndFlush(territory);
	}

	public void delete(long id, Long version) {
		Territory territory = territories.findById(id)
			.orElseThrow(() -> new TerritoryConflictException("Territory " + id + " was already deleted"));
		if (version == null || version != territory.getVersion()) {
			throw new TerritoryConflictException("Territory " + id + " changed since version " + version);
		}
		territories.delete(territory);
		territories.flush();
	}

	private void apply(Territory territory, TerritoryForm form) {
		List<Problem> problems = new ArrayList<>();
		long self = territory.getId() == null ? -1 : territory.getId();
		String name = form.getName() == null ? "" : form.getName().strip();
		if (name.isEmpty()) {
			problems.add(new Problem("name", "territory.error.name.required"));
		}
		else if (name.length() > 120) {
			problems.add(new Problem("name", "territory.error.name.long", 120));
		}
		else if (territories.existsByNameIgnoreCaseAndIdNot(name, self)
				|| territories.existsBySlugAndIdNot(Territory.slugOf(name), self)) {
			problems.add(new Problem("name", "territory.error.name.taken", name));
		}
		Set<String> epcis = new LinkedHashSet<>(form.getEpciCodes());
		Map<String, String> known = jdbc.query("select code, nom from epci where active", rs -> {
			Map<String, String> map = new HashMap<>();
			while (rs.next()) {
				map.put(rs.getString(1), rs.getString(2));
			}
			return map;
		});
		epcis.stream().filter(code -> !known.containsKey(code))
			.forEach(code -> problems.add(new Problem("epciCodes", "territory.error.epci.unknown", code)));
		jdbc.query("""
				select e.nom, t.name from territory_epci te join epci e on e.code = te.epci_code
				join territory t on t.id = te.territory_id
				where te.epci_code = any (?) and te.territory_id <> ? order by e.nom""",
				(rs, n) -> new Problem("epciCodes", "territory.error.epci.taken", rs.getString(1), rs.getString(2)),
				epcis.toArray(String[]::new), self)
			.forEach(problems::add);
		Set<String> communes = resolveCommunes(form.getCommunes(), problems);
		jdbc.query("""
				select c.nom, c.code, t.name from territory_commune tc join commune c on c.code = tc.commune_code
				join territory t on t.id = tc.territory_id
				where tc.commune_code = any (?) and tc.territory_id <> ? order by c.nom""",
				(rs, n) -> new Problem("communes", "territory.error.commune.taken", rs.getString(1), rs.getString(2),
						rs.getString(3)),
				communes.toArray(String[]::new), self)
			.forEach(problems::add);
		if (!problems.isEmpty()) {
			throw new TerritoryEditException(problems);
		}
		territory.describe(name, form.getDescription());
		territory.setMembers(epcis, communes);
	}

	/** INSEE codes or names (accents and case ignored), separated by new lines, commas or semicolons. */
	private Set<String> resolveCommunes(String text, List<Problem> problems) {
		Set<String> codes = new LinkedHashSet<>();
		if (text == null || text.isBlank()) {
			return codes;
		}
		for (String entry : text.split("[\\n\\r,;]+")) {
			String token = entry.strip();
			if (token.isEmpty()) {
				continue;
			}
			// "30007", "Alès" and "30007 Alès" (as the form shows them back) all name Alès.
			Matcher code = LEADING_CODE.matcher(token);
			List<String> found = code.find()
					? jdbc.queryForList("select code from commune where active and departement = ? and code = ?",
							String.class, departement, code.group(1).toUpperCase())
					: jdbc.queryForList("select code from commune where active and departement = ? and nom_normalise = ?",
							String.class, departement, SearchText.key(token));
			if (found.size() == 1) {
				codes.add(found.get(0));
			}
			else {
				problems.add(new Problem("communes",
						found.isEmpty() ? "territory.error.commune.unknown" : "territory.error.commune.ambiguous", token));
			}
		}
		return codes;
	}

	/** The communes a territory lists explicitly, as "code nom" lines for the form. */
	@Transactional(readOnly = true)
	public String communeLines(Territory territory) {
		if (territory.getCommuneCodes().isEmpty()) {
			return "";
		}
		return jdbc.query("select code, nom from commune where code = any (?) order by nom_normalise",
				(rs, n) -> rs.getString(1) + " " + rs.getString(2),
				(Object) territory.getCommuneCodes().toArray(String[]::new))
			.stream()
			.collect(Collectors.joining("\n"));
	}

}
