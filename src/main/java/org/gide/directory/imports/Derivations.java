package org.gide.directory.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.directory.CooperativeKind;
import org.gide.directory.EssClassification;
import org.gide.directory.EssFamilies;
import org.gide.directory.InclusionType;
import org.gide.directory.LegalCategory;
import org.gide.directory.ReservedMarket;

/** What the directory derives from an organisation's values, computed again after a set-based write. */
final class Derivations {

	private Derivations() {
	}

	/**
	 * ESUS approval and a declared cooperative kind are known only to the directory: the family of updated
	 * organisations is derived again with them, and the reserved markets with their inclusion type, by the same
	 * public rules as the entity.
	 */
	static void rederive(JdbcTemplate jdbc, Set<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		List<Object[]> updates = new ArrayList<>();
		jdbc.query("select id, legal_category, sirene_ess, esus, declared_cooperative_kind, rna, inclusion_type, "
				+ "ess_family, cooperative_kind, reserved_l2113_12, reserved_l2113_13, reserved_l2113_15 "
				+ "from organisation where id = any(?)", rs -> {
					String category = rs.getString("legal_category");
					String declared = rs.getString("declared_cooperative_kind");
					EssClassification c = EssFamilies.standard()
						.classify(category == null ? null : new LegalCategory(category),
								(Boolean) rs.getObject("sirene_ess"), rs.getBoolean("esus"),
								declared == null ? null : CooperativeKind.valueOf(declared), rs.getString("rna") != null);
					String inclusion = rs.getString("inclusion_type");
					Set<ReservedMarket> markets = InclusionType
						.reservedMarkets(inclusion == null ? null : InclusionType.valueOf(inclusion), c.family());
					String kind = c.cooperativeKind() == null ? null : c.cooperativeKind().name();
					boolean l12 = markets.contains(ReservedMarket.L2113_12);
					boolean l13 = markets.contains(ReservedMarket.L2113_13);
					boolean l15 = markets.contains(ReservedMarket.L2113_15);
					if (!c.family().name().equals(rs.getString("ess_family"))
							|| !java.util.Objects.equals(kind, rs.getString("cooperative_kind"))
							|| l12 != rs.getBoolean("reserved_l2113_12") || l13 != rs.getBoolean("reserved_l2113_13")
							|| l15 != rs.getBoolean("reserved_l2113_15")) {
						updates.add(new Object[] { c.family().name(), kind, l12, l13, l15, rs.getLong("id") });
					}
				}, (Object) ids.toArray(Long[]::new));
		if (!updates.isEmpty()) {
			jdbc.batchUpdate("update organisation set ess_family = ?, cooperative_kind = ?, reserved_l2113_12 = ?, "
					+ "reserved_l2113_13 = ?, reserved_l2113_15 = ? where id = ?", updates);
		}
	}

}
