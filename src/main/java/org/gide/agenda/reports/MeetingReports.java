package org.gide.agenda.reports;

import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationNames;
import org.gide.directory.Organisations;
import org.gide.directory.Sector;

/**
 * The reports of territorial meetings ({@code agenda_report}, {@code agenda_report_organisation}): reading, the
 * prefill from the attendance marked by the organisers, the organisations typed by name or SIRET resolved through
 * the directory, and filing under an optimistic lock (the report's {@code version}). Rights are the caller's
 * business ({@code EventManagers}).
 */
@Service
public class MeetingReports {

	/** The version a form carries when no report was filed yet. */
	public static final long NEW = -1;

	/** The most organisations one report lists. */
	public static final int MAX_ORGANISATIONS = 300;

	/** A line of the organisations field that the directory could not resolve to one organisation. */
	public record Unresolved(String line, List<String> candidates) {

		public boolean ambiguous() {
			return !candidates.isEmpty();
		}

	}

	/** The organisations found for the typed lines, and the lines left unresolved (in the order typed). */
	public record Resolution(List<Long> ids, List<Unresolved> unresolved) {
	}

	/** What the organiser files. */
	public record Submission(int participants, List<Long> organisationIds, String summary, String followUp,
			long expectedVersion) {
	}

	/** Someone filed or changed the report since the form was loaded: nothing was written. */
	public static class StaleReport extends RuntimeException {

		private final transient MeetingReport current;

		StaleReport(MeetingReport current) {
			super("Report of event " + current.eventId() + " is at version " + current.version());
			this.current = current;
		}

		public MeetingReport current() {
			return current;
		}

	}

	private final NamedParameterJdbcTemplate jdbc;

	private final Organisations organisations;

	private final OrganisationNames names;

	MeetingReports(NamedParameterJdbcTemplate jdbc, Organisations organisations, OrganisationNames names) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.names = names;
	}

	@Transactional(readOnly = true)
	public Optional<MeetingReport> find(long eventId) {
		MapSqlParameterSource p = new MapSqlParameterSource("event", eventId);
		List<Long> ids = jdbc.queryForList(
				"select organisation_id from agenda_report_organisation where event_id = :event order by organisation_id",
				p, Long.class);
		return jdbc.query("select * from agenda_report where event_id = :event", p,
				(rs, i) -> new MeetingReport(rs.getLong("event_id"), rs.getInt("participants"), rs.getString("summary"),
						rs.getString("follow_up"), ids, rs.getLong("filed_by"),
						rs.getTimestamp("filed_at").toInstant(), rs.getLong("version")))
			.stream()
			.findFirst();
	}

	/** Registrations of the event marked present (the prefill of the participants). */
	@Transactional(readOnly = true)
	public int presentCount(long eventId) {
		return jdbc.queryForObject("""
				select count(*) from agenda_registration
				where event_id = :event and attended is true and status <> 'CANCELLED'
				""", new MapSqlParameterSource("event", eventId), Integer.class);
	}

	/** The organisations of the registrations marked present (the prefill of the organisations). */
	@Transactional(readOnly = true)
	public List<Long> presentOrganisations(long eventId) {
		return jdbc.queryForList("""
				select distinct organisation_id from agenda_registration
				where event_id = :event and attended is true and status <> 'CANCELLED' and organisation_id is not null
				order by organisation_id
				""", new MapSqlParameterSource("event", eventId), Long.class);
	}

	/** The organisations with their names and sectors from the directory, by name. */
	public List<PresentOrganisation> describe(Collection<Long> ids) {
		List<PresentOrganisation> present = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(ids)) {
			present.add(organisations.find(id)
				.map(o -> new PresentOrganisation(o.id(), o.name(), o.sector()))
				.orElseGet(() -> new PresentOrganisation(id, names.name(id).orElse("#" + id), null)));
		}
		present.sort(Comparator.comparing((PresentOrganisation o) -> fold(o.name())).thenComparing(o -> o.id()));
		return present;
	}

	/**
	 * The sectors represented by these organisations, derived from the directory (never typed), in the sectors'
	 * order; « non classé » and organisations gone from the directory represent no sector.
	 */
	public static List<Sector> sectors(Collection<PresentOrganisation> present) {
		Set<Sector> sectors = EnumSet.noneOf(Sector.class);
		present.stream()
			.map(PresentOrganisation::sector)
			.filter(s -> s != null && s != Sector.NON_CLASSE)
			.forEach(sectors::add);
		return List.copyOf(sectors);
	}

	/**
	 * Resolves what the organiser typed, one organisation per line: a SIRET (spaces allowed), or a name or acronym
	 * that the directory matches to exactly one organisation (an exact name wins over partial matches).
	 */
	public Resolution resolve(String text) {
		List<Long> ids = new ArrayList<>();
		List<Unresolved> unresolved = new ArrayList<>();
		for (String raw : (text == null ? "" : text).split("\\R")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			String digits = line.replace(" ", "").replace("\u00a0", "");
			if (digits.matches("\\d{14}")) {
				organisations.findBySiret(digits)
					.map(OrganisationDetails::id)
					.ifPresentOrElse(ids::add, () -> unresolved.add(new Unresolved(line, List.of())));
				continue;
			}
			List<OrganisationNames.Match> matches = names.find(line, 6);
			List<OrganisationNames.Match> exact = matches.stream()
				.filter(m -> fold(m.name()).equals(fold(line)))
				.toList();
			if (exact.size() == 1) {
				ids.add(exact.get(0).id());
			}
			else if (matches.size() == 1) {
				ids.add(matches.get(0).id());
			}
			else {
				List<OrganisationNames.Match> shown = exact.isEmpty() ? matches : exact;
				unresolved.add(new Unresolved(line, shown.stream()
					.limit(5)
					.map(m -> m.siret() == null ? m.name() : m.name() + " (" + m.siret() + ")")
					.toList()));
			}
		}
		return new Resolution(List.copyOf(new LinkedHashSet<>(ids)), unresolved);
	}

	/**
	 * Files the report (creates it, or replaces it if it is still at {@code expectedVersion}), with its
	 * organisations, in one transaction: nothing is half-written.
	 * @throws StaleReport when the report was filed or changed since the form was loaded
	 */
	@Transactional
	public MeetingReport file(long eventId, Submission submission, long accountId, Instant now) {
		MapSqlParameterSource p = new MapSqlParameterSource("event", eventId)
			.addValue("participants", submission.participants())
			.addValue("summary", submission.summary())
			.addValue("followUp", submission.followUp())
			.addValue("by", accountId)
			.addValue("at", Timestamp.from(now))
			.addValue("version", submission.expectedVersion());
		int written;
		if (submission.expectedVersion() == NEW) {
			written = jdbc.update("""
					insert into agenda_report (event_id, participants, summary, follow_up, filed_by, filed_at, version)
					values (:event, :participants, :summary, :followUp, :by, :at, 0) on conflict (event_id) do nothing
					""", p);
		}
		else {
			written = jdbc.update("""
					update agenda_report set participants = :participants, summary = :summary, follow_up = :followUp,
					       filed_by = :by, filed_at = :at, version = version + 1
					where event_id = :event and version = :version
					""", p);
		}
		if (written == 0) {
			Optional<MeetingReport> current = find(eventId);
			if (current.isPresent()) {
				throw new StaleReport(current.get());
			}
			// The form knew a report that is gone: file it anew (the other filer's report was removed meanwhile).
			written = jdbc.update("""
					insert into agenda_report (event_id, participants, summary, follow_up, filed_by, filed_at, version)
					values (:event, :participants, :summary, :followUp, :by, :at, 0) on conflict (event_id) do nothing
					""", p);
			if (written == 0) {
				throw new StaleReport(find(eventId).orElseThrow());
			}
		}
		jdbc.update("delete from agenda_report_organisation where event_id = :event", p);
		for (Long id : new LinkedHashSet<>(submission.organisationIds())) {
			jdbc.update("insert into agenda_report_organisation (event_id, organisation_id) values (:event, :org)",
					new MapSqlParameterSource("event", eventId).addValue("org", id));
		}
		return find(eventId).orElseThrow();
	}

	/** Lower case, without accents nor repeated spaces: how names are compared. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "")
			.replace('’', '\'')
			.replaceAll("\\s+", " ")
			.strip()
			.toLowerCase(Locale.ROOT);
	}

}
