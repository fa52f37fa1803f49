package org.gide.bench.directory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a loaded dataset in the database: counts, family and sector proportions, identifiers (Luhn keys of every
 * SIREN and SIRET, RNA format, uniqueness), derived columns consistent with the mapping files (family, cooperative
 * kind, sector, reserved markets), communes and coordinates present. Prints a report; returns the failures.
 */
final class DatasetVerifier {

	private final Connection connection;

	private final Mappings mappings;

	private final List<String> failures = new ArrayList<>();

	DatasetVerifier(Connection connection, Mappings mappings) {
		this.connection = connection;
		this.mappings = mappings;
	}

	List<String> verify(long expectedCount) throws SQLException {
		long count = single("select count(*) from organisation");
		check(count == expectedCount, "count " + count + ", expected " + expectedCount);
		System.out.printf(Locale.ROOT, "[verify] %,d organisations%n", count);

		System.out.println("[verify] families:");
		proportions("select ess_family, count(*) from organisation group by 1 order by 2 desc", count);
		double associations = share("ess_family = 'ASSOCIATION'", count);
		check(associations > 0.80 && associations < 0.88, "associations " + pct(associations) + ", expected ~83 %");
		check(share("ess_family = 'NOT_ESS'", count) == 0, "organisations outside the ESS");
		System.out.println("[verify] sectors:");
		proportions("select sector, count(*) from organisation group by 1 order by 2 desc", count);
		double inclusion = share("inclusion_type is not null", count);
		double resource = share("resource_actor", count);
		double closed = share("not active", count);
		System.out.printf(Locale.ROOT, "[verify] inclusion structures %s, resource actors %s, closed %s%n", pct(inclusion),
				pct(resource), pct(closed));
		check(inclusion > 0.01 && inclusion < 0.02, "inclusion structures " + pct(inclusion));
		check(resource > 0.002 && resource < 0.01, "resource actors " + pct(resource));
		check(closed > 0.02 && closed < 0.04, "closed " + pct(closed));
		check(single("select count(*) from organisation where (active and closed_on is not null) or (not active and closed_on is null)") == 0,
				"closed_on inconsistent with active");

		// Identifiers.
		long withSiret = single("select count(*) from organisation where siret is not null");
		long badKeys = 0;
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(50_000);
			connection.setAutoCommit(false);
			try (ResultSet rs = statement.executeQuery("select siren, siret from organisation where siren is not null")) {
				while (rs.next()) {
					String siren = rs.getString(1), siret = rs.getString(2);
					if (!siren.matches("\\d{9}") || !Identifiers.luhnValid(siren) || siren.equals("356000000")
							|| (siret != null && (!siret.matches("\\d{14}") || !Identifiers.luhnValid(siret)))) {
						badKeys++;
					}
				}
			}
			connection.commit();
			connection.setAutoCommit(true);
		}
		System.out.printf(Locale.ROOT, "[verify] %,d SIRET (%s), all Luhn keys checked: %,d invalid%n", withSiret,
				pct((double) withSiret / count), badKeys);
		check(badKeys == 0, badKeys + " invalid SIREN/SIRET keys");
		check(single("select count(*) - count(distinct siren) from organisation where siren is not null") == 0, "duplicate SIREN");
		long rna = single("select count(*) from organisation where rna is not null");
		check(single("select count(*) from organisation where rna is not null and ess_family <> 'ASSOCIATION'") == 0,
				"RNA numbers outside associations");
		System.out.printf(Locale.ROOT, "[verify] %,d RNA numbers (unique and well-formed by the table's constraints)%n", rna);

		// Derived columns, as the entity derives them.
		long inconsistent = 0;
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						select legal_category, sirene_ess, esus, declared_cooperative_kind, rna is not null, ess_family,
						       cooperative_kind, count(*)
						from organisation group by 1, 2, 3, 4, 5, 6, 7""")) {
			while (rs.next()) {
				Boolean flag = rs.getObject(2) == null ? null : rs.getBoolean(2);
				Mappings.Classification expected = mappings.classify(rs.getString(1), flag, rs.getBoolean(3), rs.getString(4),
						rs.getBoolean(5));
				if (!expected.family().equals(rs.getString(6))
						|| !java.util.Objects.equals(expected.cooperativeKind(), rs.getString(7))) {
					inconsistent += rs.getLong(8);
					failures.add("category " + rs.getString(1) + " stored as " + rs.getString(6) + "/" + rs.getString(7)
							+ ", derives " + expected);
				}
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select naf_code, sector, count(*) from organisation group by 1, 2")) {
			while (rs.next()) {
				String expected = mappings.sectorOf(rs.getString(1));
				if (!expected.equals(rs.getString(2))) {
					inconsistent += rs.getLong(3);
					failures.add("NAF " + rs.getString(1) + " stored as " + rs.getString(2) + ", derives " + expected);
				}
			}
		}
		long markets = single("""
				select count(*) from organisation
				where reserved_l2113_12 <> coalesce(inclusion_type in ('EA', 'EATT', 'ESAT'), false)
				   or reserved_l2113_13 <> coalesce(inclusion_type in ('ACI', 'EI', 'ETTI', 'AI', 'EITI'), false)
				   or reserved_l2113_15 <> (ess_family <> 'NOT_ESS')""");
		check(markets == 0, markets + " rows with reserved markets not derived from the inclusion type and family");
		System.out.printf(Locale.ROOT, "[verify] derived family/kind/sector/markets: %,d inconsistent rows%n",
				inconsistent + markets);

		long noCommune = single("select count(*) from organisation where commune_code is null");
		long noCoordinates = single("select count(*) from organisation where latitude is null");
		check(noCommune == 0, noCommune + " rows without commune");
		check(single("select count(*) from organisation where latitude is null and geo_precision <> 'UNKNOWN'") == 0,
				"coordinates missing with a precision");
		System.out.printf(Locale.ROOT, "[verify] %,d communes used, %s without coordinates (precision UNKNOWN)%n",
				single("select count(distinct commune_code) from organisation"), pct((double) noCoordinates / count));
		return failures;
	}

	private void proportions(String sql, long total) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				System.out.printf(Locale.ROOT, "           %-26s %,10d  %s%n", rs.getString(1), rs.getLong(2),
						pct((double) rs.getLong(2) / total));
			}
		}
	}

	private double share(String condition, long total) throws SQLException {
		return (double) single("select count(*) from organisation where " + condition) / total;
	}

	private long single(String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private void check(boolean ok, String failure) {
		if (!ok) {
			failures.add(failure);
		}
	}

	private static String pct(double share) {
		return String.format(Locale.ROOT, "%.2f %%", share * 100);
	}

}
