package org.gide.directory.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The organisation fields an import compares and writes, and the SQL of the merge rule (docs/imports.md), shared by
 * the classification, the review, the history rows and the apply so that they cannot disagree. In the SQL, {@code r}
 * is the staged row ({@code import_row}) and {@code o} the organisation it matched.
 * <ul>
 * <li>a value the file does not give (null) never erases one in the directory;</li>
 * <li>a field in {@code o.protected_fields} (set by hand) is never written: it is a conflict, shown in the review;
 * the location fields protect each other (an address is not moved without its commune and position);</li>
 * <li>identifiers (SIREN, SIRET, RNA) are filled in when missing, never replaced, and only when no other organisation
 * holds them;</li>
 * <li>otherwise the file's value wins (a newer register value replaces an older one).</li>
 * </ul>
 */
final class ImportFields {

	/** One field: its name (OrganisationDraft property, as in protected_fields), column, and protection group. */
	record Field(String name, String column, List<String> group, String changedSql) {

		/** The field differs, whether or not it may be written. */
		String differs() {
			return changedSql;
		}

		String isProtected() {
			return "(o.protected_fields && array[" + group.stream().map(g -> "'" + g + "'").collect(Collectors.joining(","))
					+ "]::text[])";
		}

		/** The import writes it. */
		String applies() {
			return "(" + changedSql + " and not " + isProtected() + ")";
		}

		/** The value the organisation gets. */
		String assignment() {
			if (column == null) {
				return null;
			}
			return column + " = case when " + applies() + " then r." + column + " else o." + column + " end";
		}

		String oldText() {
			return column == null ? "case when o.active then 'false' else 'true' end" : "o." + column + "::text";
		}

		String newText() {
			return column == null ? "'false'" : "r." + column + "::text";
		}

	}

	private static final List<String> LOCATION = List.of("address", "postalCode", "communeCode", "latitude",
			"longitude");

	private final List<Field> fields;

	private ImportFields(List<Field> fields) {
		this.fields = fields;
	}

	/** The fields of a kind of import: registers also reopen an organisation the directory had closed. */
	static ImportFields of(ImportKind kind) {
		List<Field> list = new ArrayList<>();
		list.add(simple("name", "name"));
		list.add(simple("acronym", "acronym"));
		list.add(new Field("siren", "siren", List.of("siren", "siret"),
				"(r.siren is not null and o.siren is null and (r.siret is null or (o.siret is null "
						+ "and not exists (select 1 from organisation x where x.siret = r.siret))))"));
		list.add(new Field("siret", "siret", List.of("siren", "siret"),
				"(r.siret is not null and o.siret is null and (o.siren is null or o.siren = r.siren) "
						+ "and not exists (select 1 from organisation x where x.siret = r.siret))"));
		list.add(new Field("rna", "rna", List.of("rna"),
				"(r.rna is not null and o.rna is null and not exists (select 1 from organisation x where x.rna = r.rna))"));
		list.add(simple("legalCategory", "legal_category"));
		list.add(simple("sireneEss", "sirene_ess"));
		list.add(simple("creationDate", "creation_date"));
		list.add(simple("description", "description"));
		list.add(simple("naf", "naf_code"));
		list.add(location("address", "address"));
		list.add(location("postalCode", "postal_code"));
		list.add(location("communeCode", "commune_code"));
		list.add(location("latitude", "latitude"));
		list.add(location("longitude", "longitude"));
		list.add(simple("employeeBand", "employee_band"));
		list.add(simple("inclusionType", "inclusion_type"));
		list.add(simple("publicWebsite", "public_website"));
		list.add(simple("publicEmail", "public_email"));
		list.add(simple("publicPhone", "public_phone"));
		if (kind != ImportKind.CSV) {
			list.add(new Field("closed", null, List.of("closed"), "(not o.active)"));
		}
		return new ImportFields(List.copyOf(list));
	}

	private static Field simple(String name, String column) {
		return new Field(name, column, List.of(name),
				"(r." + column + " is not null and r." + column + " is distinct from o." + column + ")");
	}

	private static Field location(String name, String column) {
		return new Field(name, column, LOCATION,
				"(r." + column + " is not null and r." + column + " is distinct from o." + column + ")");
	}

	List<Field> fields() {
		return fields;
	}

	Field field(String name) {
		return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
	}

	/** {@code array_remove(array[case when … then 'name' end, …], null)}: the fields for which {@code test} holds. */
	String fieldArray(java.util.function.Function<Field, String> test) {
		return "array_remove(array[" + fields.stream()
			.map(f -> "case when " + test.apply(f) + " then '" + f.name() + "' end")
			.collect(Collectors.joining(", ")) + "]::text[], null)";
	}

	/** Whether any field applies: the WHERE of the update, which makes a second run a no-op. */
	String anyApplies() {
		return "(" + fields.stream().map(Field::applies).collect(Collectors.joining(" or ")) + ")";
	}

	/** Whether any field differs, written or protected: the rows the classification records changes for. */
	String anyDiffers() {
		return "(" + fields.stream().map(Field::differs).collect(Collectors.joining(" or ")) + ")";
	}

	/** Lateral rows {@code (field, old_value, new_value, applies, protected)} for history and review. */
	String lateral() {
		return "cross join lateral (values " + fields.stream()
			.map(f -> "('" + f.name() + "', " + f.oldText() + ", " + f.newText() + ", " + f.applies() + ", ("
					+ f.differs() + " and " + f.isProtected() + "))")
			.collect(Collectors.joining(", ")) + ") as f(field, old_value, new_value, applies, conflict)";
	}

	/** The SET list of the update of matched organisations (derived values follow their source field). */
	String assignments() {
		List<String> sets = new ArrayList<>();
		fields.stream().map(Field::assignment).filter(a -> a != null).forEach(sets::add);
		String classified = "(" + field("legalCategory").applies() + " or " + field("sireneEss").applies() + " or "
				+ field("rna").applies() + ")";
		sets.add("ess_family = case when " + classified + " then r.ess_family else o.ess_family end");
		sets.add("cooperative_kind = case when " + classified + " then r.cooperative_kind else o.cooperative_kind end");
		sets.add("sector = case when " + field("naf").applies() + " then r.sector else o.sector end");
		sets.add("geo_precision = case when " + field("latitude").applies()
				+ " then coalesce(r.geo_precision, 'UNKNOWN') else o.geo_precision end");
		if (fields.stream().anyMatch(f -> f.name().equals("closed"))) {
			sets.add("active = case when " + field("closed").applies() + " then true else o.active end");
			sets.add("closed_on = case when " + field("closed").applies() + " then null else o.closed_on end");
		}
		sets.add("version = o.version + 1");
		sets.add("updated_at = now()");
		return String.join(",\n    ", sets);
	}

}
