package org.gide.directory.observatory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import org.gide.directory.EmployeeBand;
import org.gide.directory.EssFamily;
import org.gide.directory.Sector;
import org.gide.territory.Commune;

/**
 * The observatory's figures, computed live from the directory with SQL aggregates over the active organisations of
 * the ESS (family other than "hors ESS"), for the whole directory or the communes of an EPCI or territory. An
 * employer is an organisation whose INSEE band is 01 or above (at least one employee on 31 December), as the
 * observatory counts "établissements employeurs". Employees are only known by band: the headcount is an estimate,
 * the sum of the bands' lower and upper bounds (the open band "10 000 and more" has no upper bound).
 */
@Service
class Observatory {

	private final JdbcTemplate jdbc;

	Observatory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record BandCount(EmployeeBand band, long count) {
	}

	record FamilyRow(EssFamily family, long all, long employers, OptionalLong plan) {
	}

	record SectorRow(Sector sector, long all, long employers, double employerShare, OptionalLong planShare) {
	}

	record AreaRow(String code, String name, long all, long employers) {
	}

	/** {@code employeesMax} is null when a band has no upper bound. */
	record Figures(long establishments, long employers, long unknownBand, long employeesMin, Long employeesMax,
			long associations, List<BandCount> bands, List<FamilyRow> families, List<SectorRow> sectors) {
	}

	/** {@code communes}: the commune codes to count, null for the whole directory. */
	Figures figures(Set<String> communes, PlanFigures plan) {
		StringBuilder sql = new StringBuilder("select ess_family, sector, employee_band, count(*) from organisation "
				+ "where active and ess_family <> 'NOT_ESS'");
		List<Object> args = new ArrayList<>();
		if (communes != null) {
			sql.append(" and commune_code = any(?)");
			args.add(communes.toArray(String[]::new));
		}
		sql.append(" group by ess_family, sector, employee_band");
		Map<EmployeeBand, Long> bands = new EnumMap<>(EmployeeBand.class);
		Map<EssFamily, long[]> families = new EnumMap<>(EssFamily.class);
		Map<Sector, long[]> sectors = new EnumMap<>(Sector.class);
		long[] totals = new long[3];
		jdbc.query(connection -> {
			var statement = connection.prepareStatement(sql.toString());
			if (communes != null) {
				statement.setArray(1, connection.createArrayOf("varchar", (Object[]) args.get(0)));
			}
			return statement;
		}, rs -> {
			EssFamily family = EssFamily.valueOf(rs.getString(1));
			Sector sector = Sector.valueOf(rs.getString(2));
			EmployeeBand band = band(rs.getString(3));
			long count = rs.getLong(4);
			boolean employer = band != null && band.employer();
			totals[0] += count;
			if (employer) {
				totals[1] += count;
			}
			if (band == null) {
				totals[2] += count;
			}
			else {
				bands.merge(band, count, Long::sum);
			}
			long[] f = families.computeIfAbsent(family, k -> new long[2]);
			f[0] += count;
			f[1] += employer ? count : 0;
			long[] s = sectors.computeIfAbsent(sector, k -> new long[2]);
			s[0] += count;
			s[1] += employer ? count : 0;
		});
		long min = 0;
		long max = 0;
		boolean open = false;
		List<BandCount> bandRows = new ArrayList<>();
		for (EmployeeBand band : EmployeeBand.values()) {
			long count = bands.getOrDefault(band, 0L);
			bandRows.add(new BandCount(band, count));
			if (band.min() != null) {
				min += band.min() * count;
				if (band.max() == null) {
					open |= count > 0;
				}
				else {
					max += band.max() * count;
				}
			}
		}
		List<FamilyRow> familyRows = new ArrayList<>();
		for (EssFamily family : EssFamily.values()) {
			if (family == EssFamily.NOT_ESS) {
				continue;
			}
			long[] f = families.getOrDefault(family, new long[2]);
			familyRows.add(new FamilyRow(family, f[0], f[1],
					communes == null ? plan.value("famille_employeurs." + family.name()) : OptionalLong.empty()));
		}
		List<SectorRow> sectorRows = new ArrayList<>();
		for (Sector sector : Sector.values()) {
			long[] s = sectors.getOrDefault(sector, new long[2]);
			double share = totals[1] == 0 ? 0 : 100.0 * s[1] / totals[1];
			sectorRows.add(new SectorRow(sector, s[0], s[1], share,
					communes == null ? plan.value("secteur_part_employeurs." + sector.name()) : OptionalLong.empty()));
		}
		long associations = families.getOrDefault(EssFamily.ASSOCIATION, new long[2])[0];
		return new Figures(totals[0], totals[1], totals[2], min, open ? null : max, associations, bandRows, familyRows,
				sectorRows);
	}

	/** Establishments and employers per commune code, for the EPCI and territory tables. */
	Map<String, long[]> byCommune() {
		Map<String, long[]> counts = new HashMap<>();
		jdbc.query("select commune_code, count(*), count(*) filter (where employee_band in "
				+ "('01','02','03','11','12','21','22','31','32','41','42','51','52','53')) from organisation "
				+ "where active and ess_family <> 'NOT_ESS' and commune_code is not null group by commune_code",
				rs -> {
					counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
				});
		return counts;
	}

	/** Rows per EPCI and per territory from the communes' counts. */
	static Map<String, List<AreaRow>> areas(List<Commune> communes, Map<String, long[]> counts) {
		Map<String, AreaRow> epcis = new LinkedHashMap<>();
		Map<String, AreaRow> territories = new LinkedHashMap<>();
		for (Commune c : communes) {
			long[] n = counts.getOrDefault(c.code(), new long[2]);
			if (c.epci() != null) {
				epcis.merge(c.epci().code(), new AreaRow(c.epci().code(), c.epci().nom(), n[0], n[1]), Observatory::add);
			}
			if (c.territoire() != null) {
				territories.merge(c.territoire().slug(),
						new AreaRow(c.territoire().slug(), c.territoire().nom(), n[0], n[1]), Observatory::add);
			}
		}
		Map<String, List<AreaRow>> result = new HashMap<>();
		result.put("epci", sorted(epcis));
		result.put("territoire", sorted(territories));
		return result;
	}

	private static List<AreaRow> sorted(Map<String, AreaRow> rows) {
		return rows.values().stream().sorted(java.util.Comparator.comparing(AreaRow::name)).toList();
	}

	private static AreaRow add(AreaRow a, AreaRow b) {
		return new AreaRow(a.code(), a.name(), a.all() + b.all(), a.employers() + b.employers());
	}

	private static EmployeeBand band(String code) {
		try {
			return EmployeeBand.fromCode(code).orElse(null);
		}
		catch (RuntimeException unknown) {
			return null;
		}
	}

}
