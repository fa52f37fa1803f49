package org.gide.directory.lookup;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.gide.directory.OrganisationNames;

/** {@link OrganisationNames} on the directory's table: SIRET and RNA exactly, names by accent-free substring. */
@Component
class JdbcOrganisationNames implements OrganisationNames {

	private static final String FROM = "àâäáãéèêëíìîïóòôöõúùûüçñÿ";

	private static final String TO = "aaaaaeeeeiiiiooooouuuucny";

	private static final String FOLD = "translate(lower(%s), '" + FROM + "', '" + TO + "')";

	private final JdbcTemplate jdbc;

	JdbcOrganisationNames(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Match> find(String text, int limit) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
		if (compact.matches("\\d{14}")) {
			return query("o.siret = ?", compact, limit);
		}
		if (compact.matches("W\\d{9}")) {
			return query("upper(o.rna) = ?", compact, limit);
		}
		String like = "%" + fold(text.strip()).replace("\\", "\\\\").replace("%", "\\%")
			.replace("_", "\\_") + "%";
		return jdbc.query("select o.id, o.name, o.siret, o.rna, o.commune_code from organisation o where o.active and "
				+ "(" + FOLD.formatted("o.name") + " like ? or " + FOLD.formatted("coalesce(o.acronym, '')") + " like ?) "
				+ "order by length(o.name), o.name, o.id limit ?",
				(rs, n) -> new Match(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
				like, like, limit);
	}

	private List<Match> query(String condition, String value, int limit) {
		return jdbc.query("select o.id, o.name, o.siret, o.rna, o.commune_code from organisation o where o.active and "
				+ condition + " order by o.id limit ?",
				(rs, n) -> new Match(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
				value, limit);
	}

	private static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		StringBuilder folded = new StringBuilder(lower.length());
		for (char c : lower.toCharArray()) {
			int i = FROM.indexOf(c);
			folded.append(i >= 0 ? TO.charAt(i) : c);
		}
		return folded.toString();
	}

	@Override
	public Optional<String> name(long id) {
		return jdbc.query("select name from organisation where id = ?", rs -> rs.next() ? Optional.of(rs.getString(1))
				: Optional.<String>empty(), id);
	}

}
