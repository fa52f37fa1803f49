package org.gide.directory.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.directory.NafCode;
import org.gide.directory.NafSectors;
import org.gide.directory.OrganisationConflictException;
import org.gide.directory.OrganisationsChanged;
import org.gide.directory.OrganisationsMerged;

/**
 * Possible duplicates of the directory and their merge. A pair is listed when both organisations share a SIREN and
 * one of them has no SIRET, or when their names are close (pg_trgm similarity ≥ {@value #SIMILARITY}) in the same
 * commune and they are not two distinct establishments (two different SIRETs); pairs an agent dismissed are not
 * listed again.
 */
@Service
public class DuplicateService {

	static final double SIMILARITY = 0.5;

	/** Fields an agent chooses from one side or the other, with their columns (OrganisationDraft names). */
	static final Map<String, String> FIELDS = fields();

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	DuplicateService(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	private static Map<String, String> fields() {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("name", "name");
		f.put("acronym", "acronym");
		f.put("siret", "siret");
		f.put("rna", "rna");
		f.put("legalCategory", "legal_category");
		f.put("description", "description");
		f.put("naf", "naf_code");
		f.put("address", "address");
		f.put("employeeBand", "employee_band");
		f.put("inclusionType", "inclusion_type");
		f.put("publicWebsite", "public_website");
		f.put("publicEmail", "public_email");
		f.put("publicPhone", "public_phone");
		f.put("creationDate", "creation_date");
		return f;
	}

	/** A candidate pair ({@code firstId < secondId}) and why it is listed. */
	public record Candidate(long firstId, String firstName, String firstKey, long secondId, String secondName,
			String secondKey, String communeCode, double similarity, String reason) {
	}

	/** One side of the merge screen: the organisation's values by field, and its version. */
	public record Side(long id, long version, String source, Map<String, String> values) {
	}

	@Transactional(readOnly = true)
	public List<Candidate> candidates(int limit) {
		return jdbc.query("with pairs as ("
				+ "select a.id a_id, b.id b_id, similarity(lower(a.name), lower(b.name)) sim, 'name' reason "
				+ "from organisation a join organisation b on a.commune_code = b.commune_code and a.id < b.id "
				+ "and lower(a.name) % lower(b.name) "
				+ "where similarity(lower(a.name), lower(b.name)) >= ? and not (a.siret is not null and b.siret is not null) "
				+ "union all select a.id, b.id, 1.0, 'siren' from organisation a join organisation b "
				+ "on a.siren = b.siren and a.id < b.id where a.siret is null or b.siret is null) "
				+ "select distinct on (p.a_id, p.b_id) p.a_id, a.name a_name, coalesce(a.siret, a.rna, '') a_key, p.b_id, "
				+ "b.name b_name, coalesce(b.siret, b.rna, '') b_key, coalesce(a.commune_code, '') commune, p.sim, p.reason "
				+ "from pairs p join organisation a on a.id = p.a_id join organisation b on b.id = p.b_id "
				+ "where not exists (select 1 from organisation_duplicate_dismissal d where d.first_id = p.a_id "
				+ "and d.second_id = p.b_id) order by p.a_id, p.b_id, p.sim desc limit ?",
				(rs, i) -> new Candidate(rs.getLong("a_id"), rs.getString("a_name"), rs.getString("a_key"),
						rs.getLong("b_id"), rs.getString("b_name"), rs.getString("b_key"), rs.getString("commune"),
						rs.getDouble("sim"), rs.getString("reason")),
				SIMILARITY, limit);
	}

	@Transactional(readOnly = true)
	public Optional<Side> side(long id) {
		return jdbc.query("select * from organisation where id = ?", rs -> {
			if (!rs.next()) {
				return Optional.<Side>empty();
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (Map.Entry<String, String> f : FIELDS.entrySet()) {
				values.put(f.getKey(), rs.getString(f.getValue()));
			}
			values.put("address", joinAddress(rs.getString("address"), rs.getString("postal_code"),
					rs.getString("commune_code")));
			return Optional.of(new Side(id, rs.getLong("version"), rs.getString("source"), values));
		}, id);
	}

	private static String joinAddress(String address, String postal, String commune) {
		List<String> parts = new ArrayList<>();
		if (address != null) {
			parts.add(address);
		}
		if (postal != null) {
			parts.add(postal);
		}
		if (commune != null) {
			parts.add("(" + commune + ")");
		}
		return parts.isEmpty() ? null : String.join(" ", parts);
	}

	public void dismiss(long a, long b, String author) {
		jdbc.update("insert into organisation_duplicate_dismissal (first_id, second_id, author_label) values (?, ?, ?) "
				+ "on conflict do nothing", Math.min(a, b), Math.max(a, b), author);
	}

	/**
	 * Merges {@code removedId} into {@code keptId}: for each field, the value of the side {@code choices} names
	 * ({@code "kept"} or {@code "removed"}, default kept). Both must still be at the given versions. The removed
	 * organisation's history moves to the kept one, {@link OrganisationsMerged} is published before it is deleted,
	 * and every field that changes gets a history row (origin MERGE).
	 */
	@Transactional
	public void merge(long keptId, long keptVersion, long removedId, long removedVersion, Map<String, String> choices,
			String author) {
		if (keptId == removedId) {
			throw new IllegalArgumentException("same organisation");
		}
		Map<Long, Map<String, Object>> rows = new LinkedHashMap<>();
		for (long id : new long[] { Math.min(keptId, removedId), Math.max(keptId, removedId) }) {
			List<Map<String, Object>> found = jdbc.queryForList("select * from organisation where id = ? for update", id);
			if (found.isEmpty()) {
				throw new OrganisationConflictException("Organisation " + id + " was deleted", null);
			}
			rows.put(id, found.get(0));
		}
		Map<String, Object> kept = rows.get(keptId);
		Map<String, Object> removed = rows.get(removedId);
		if (((Number) kept.get("version")).longValue() != keptVersion
				|| ((Number) removed.get("version")).longValue() != removedVersion) {
			throw new OrganisationConflictException("Organisations " + keptId + "/" + removedId + " changed meanwhile",
					null);
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (Map.Entry<String, String> f : FIELDS.entrySet()) {
			boolean fromRemoved = "removed".equals(choices.get(f.getKey()));
			List<String> columns = f.getKey().equals("address") ? List.of("address", "postal_code", "commune_code",
					"latitude", "longitude", "geo_precision")
					: f.getKey().equals("siret") ? List.of("siren", "siret") : List.of(f.getValue());
			for (String column : columns) {
				values.put(column, (fromRemoved ? removed : kept).get(column));
			}
		}
		// Registers the merge with whoever keeps data about the duplicate, then moves the history and deletes it.
		events.publishEvent(new OrganisationsMerged(keptId, removedId));
		jdbc.update("update organisation_change set organisation_id = ? where organisation_id = ?", keptId, removedId);
		jdbc.update("delete from organisation where id = ?", removedId);

		List<Object[]> history = new ArrayList<>();
		for (Map.Entry<String, Object> v : values.entrySet()) {
			Object old = kept.get(v.getKey());
			if (!Objects.equals(text(old), text(v.getValue()))) {
				history.add(new Object[] { keptId, author, v.getKey(), text(old), text(v.getValue()) });
			}
		}
		history.add(new Object[] { keptId, author, "merge", null, "#" + removedId + " " + removed.get("name") });
		Set<String> protectedFields = new LinkedHashSet<>();
		protectedFields.addAll(array(kept.get("protected_fields")));
		protectedFields.addAll(array(removed.get("protected_fields")));
		String naf = (String) values.get("naf_code");
		String sector = NafSectors.standard().sectorOf(naf == null ? null : new NafCode(naf)).name();
		jdbc.update("update organisation set name = ?, acronym = ?, siren = ?, siret = ?, rna = ?, legal_category = ?, "
				+ "description = ?, naf_code = ?, sector = ?, address = ?, postal_code = ?, commune_code = ?, "
				+ "latitude = ?, longitude = ?, geo_precision = ?, employee_band = ?, inclusion_type = ?, "
				+ "public_website = ?, public_email = ?, public_phone = ?, creation_date = ?, protected_fields = ?, "
				+ "version = version + 1, updated_at = now() where id = ?", values.get("name"), values.get("acronym"),
				values.get("siren"), values.get("siret"), values.get("rna"), values.get("legal_category"),
				values.get("description"), naf, sector, values.get("address"), values.get("postal_code"),
				values.get("commune_code"), values.get("latitude"), values.get("longitude"),
				values.get("geo_precision"), values.get("employee_band"), values.get("inclusion_type"),
				values.get("public_website"), values.get("public_email"), values.get("public_phone"),
				values.get("creation_date"), protectedFields.toArray(String[]::new), keptId);
		Derivations.rederive(jdbc, Set.of(keptId));
		jdbc.batchUpdate("insert into organisation_change (organisation_id, author_label, origin, field, old_value, "
				+ "new_value) values (?, ?, 'MERGE', ?, ?, ?)", history);
		events.publishEvent(OrganisationsChanged.of(keptId, removedId));
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	private static List<String> array(Object value) {
		if (value instanceof java.sql.Array array) {
			try {
				return Arrays.asList((String[]) array.getArray());
			}
			catch (java.sql.SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return List.of();
	}

}
