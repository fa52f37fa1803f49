package org.gide.directory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.gide.directory.Author;

/**
 * The field-level history of organisations ({@code organisation_change}) and their protected fields
 * ({@code organisation.protected_fields}). Written in the caller's transaction, with plain JDBC batches so that a
 * large import stays fast.
 */
@Component
public class OrganisationHistory {

	/** Position fields follow the address and commune: they never become protected (a geocoder may refine them). */
	static final Set<String> NEVER_PROTECTED = Set.of("latitude", "longitude", "geoPrecision");

	private final JdbcTemplate jdbc;

	OrganisationHistory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One changed field, as the history page shows it. */
	public record Change(long id, long organisationId, Instant changedAt, Long authorAccountId, String authorLabel,
			String origin, String field, String oldValue, String newValue) {
	}

	/** Records the fields whose value differs between the two snapshots; returns the changed field names. */
	Set<String> record(long organisationId, Author author, Map<String, String> before, Map<String, String> after) {
		Set<String> changed = new LinkedHashSet<>();
		List<Object[]> rows = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		for (Map.Entry<String, String> field : after.entrySet()) {
			String old = before.get(field.getKey());
			if (!Objects.equals(old, field.getValue())) {
				changed.add(field.getKey());
				rows.add(new Object[] { organisationId, now, author.accountId(), author.label(),
						author.origin().name(), field.getKey(), old, field.getValue() });
			}
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate("insert into organisation_change (organisation_id, changed_at, author_account_id, "
					+ "author_label, origin, field, old_value, new_value) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
		}
		if (author.origin().protectsFields()) {
			protect(organisationId, changed);
		}
		return changed;
	}

	/** Adds fields to the organisation's protected fields (position fields excepted). */
	void protect(long organisationId, Collection<String> fields) {
		String[] names = fields.stream().filter(f -> !NEVER_PROTECTED.contains(f)).distinct().toArray(String[]::new);
		if (names.length == 0) {
			return;
		}
		jdbc.update(con -> {
			var statement = con.prepareStatement("update organisation set protected_fields = array(select distinct f "
					+ "from unnest(protected_fields || ?) f order by f) where id = ?");
			statement.setArray(1, con.createArrayOf("text", names));
			statement.setLong(2, organisationId);
			return statement;
		});
	}

	public Set<String> protectedFields(long organisationId) {
		List<String[]> rows = jdbc.query("select protected_fields from organisation where id = ?",
				(rs, n) -> (String[]) rs.getArray(1).getArray(), organisationId);
		return rows.isEmpty() ? Set.of() : new LinkedHashSet<>(List.of(rows.get(0)));
	}

	/** One page of an organisation's changes, newest first. */
	public List<Change> changes(long organisationId, int page, int size) {
		return jdbc.query("select id, organisation_id, changed_at, author_account_id, author_label, origin, field, "
				+ "old_value, new_value from organisation_change where organisation_id = ? "
				+ "order by changed_at desc, id limit ? offset ?",
				(rs, n) -> new Change(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
						(Long) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
						rs.getString(9)),
				organisationId, size, (long) page * size);
	}

	public long count(long organisationId) {
		Long count = jdbc.queryForObject("select count(*) from organisation_change where organisation_id = ?",
				Long.class, organisationId);
		return count == null ? 0 : count;
	}

}
