package org.gide.calls.committee;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.gide.calls.CallResults;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.Organisations;

/** The laureates of a call once an agent has published its results (empty before), in the order of their titles. */
@Component
class PublishedResults implements CallResults {

	private final JdbcTemplate jdbc;

	private final Committee committee;

	private final Organisations organisations;

	PublishedResults(JdbcTemplate jdbc, Committee committee, Organisations organisations) {
		this.jdbc = jdbc;
		this.committee = committee;
		this.organisations = organisations;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Laureate> laureates(long callId) {
		return jdbc.query("select d.id, d.title, x.motivation from dossier d join dossier_decision x on x.dossier_id = d.id "
				+ "join call c on c.id = d.call_id where c.id = ? and c.results_published_at is not null and "
				+ "x.outcome = 'LAUREATE' and d.status = 'SUBMITTED' order by d.title, d.id", (rs, n) -> {
					long id = rs.getLong(1);
					return new Laureate(id, rs.getString(2), names(id), rs.getString(3));
				}, callId);
	}

	private List<String> names(long dossierId) {
		return committee.coAuthors(dossierId)
			.stream()
			.map(o -> organisations.find(o).map(OrganisationDetails::name).orElse(null))
			.filter(n -> n != null)
			.toList();
	}

}
