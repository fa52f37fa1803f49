package org.gide.territory.internal;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.gide.territory.CommuneOutlines;
import org.gide.territory.EpciRef;

/** Reads the outlines the contour importer stored in {@code commune.contour}. */
@Component
class CommuneOutlineQueries implements CommuneOutlines {

	private final JdbcTemplate jdbc;

	private final String departement;

	CommuneOutlineQueries(JdbcTemplate jdbc, @Value("${gide.departement:30}") String departement) {
		this.jdbc = jdbc;
		this.departement = departement;
	}

	@Override
	public List<CommuneOutline> outlines() {
		return jdbc.query("""
				select c.code, c.nom, c.contour, e.code as epci_code, e.nom as epci_nom
				from commune c left join epci e on e.code = c.epci_code
				where c.active and c.departement = ? and c.contour is not null
				order by c.code""",
				(rs, i) -> new CommuneOutline(rs.getString("code"), rs.getString("nom"),
						rs.getString("epci_code") == null ? null
								: new EpciRef(rs.getString("epci_code"), rs.getString("epci_nom")),
						rs.getString("contour")),
				departement);
	}

}
