package org.gide.calls.committee;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationMemberships;
import org.gide.directory.Organisations;
import org.gide.mail.Mailer;

/**
 * The committee's rules and data: who may see which dossier (members only the dossiers assigned to them and only
 * after the call's deadline, by the server's clock; agents everything), conflicts, scores, the synthesis, the
 * applicants of a dossier (administrators of its accepted co-author organisations) and their notifications.
 */
@Service
@Transactional
class Committee {

	record Call(long id, String title, String slug, Instant deadline, Instant resultsPublishedAt, Long createdBy) {

		boolean deadlinePassed(Instant now) {
			return deadline != null && !now.isBefore(deadline);
		}

	}

	record Dossier(long id, long callId, String title, String summary, String descriptionHtml, String diagnosisText,
			String governanceHtml, List<String> themes, String status, Instant submittedAt) {
	}

	record Criterion(long id, int position, String label, String description, int weight) {
	}

	record Member(long accountId, String name, String email, Long directionId, String directionName) {
	}

	record Suggestion(long accountId, String name, String directionName, List<String> themes) {
	}

	record Score(long criterionId, long accountId, String memberName, int score, String comment) {
	}

	record Annotation(long id, String body, Instant writtenAt) {
	}

	record Applicant(long organisationId, String organisationName, String email, String label) {
	}

	/** One line of the synthesis: per criterion the average, spread and count, and the weighted total on 5. */
	record SynthesisRow(long dossierId, String title, List<CriterionStats> criteria, Double weightedTotal,
			int members) {
	}

	record CriterionStats(long criterionId, Double average, Integer min, Integer max, int count) {
	}

	private final JdbcTemplate jdbc;

	private final ObjectProvider<Clock> clock;

	private final OrganisationMemberships memberships;

	private final Organisations organisations;

	private final Mailer mailer;

	Committee(JdbcTemplate jdbc, ObjectProvider<Clock> clock, OrganisationMemberships memberships,
			Organisations organisations, Mailer mailer) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.memberships = memberships;
		this.organisations = organisations;
		this.mailer = mailer;
	}

	Instant now() {
		return clock.getIfAvailable(Clock::systemUTC).instant();
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Calls, dossiers, criteria

	@Transactional(readOnly = true)
	Call call(long id) {
		return jdbc.query("select id, title, slug, deadline, results_published_at, created_by from call where id = ?",
				(rs, n) -> new Call(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
						instant(rs.getTimestamp(5)), (Long) rs.getObject(6)),
				id).stream().findFirst().orElseThrow(() -> new NotFound("call " + id));
	}

	@Transactional(readOnly = true)
	Dossier dossier(long id) {
		return jdbc.query("select id, call_id, title, summary, description_html, diagnosis_text, governance_html, "
				+ "themes, status, submitted_at from dossier where id = ?", (rs, n) -> {
					String[] themes = (String[]) rs.getArray(8).getArray();
					return new Dossier(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getString(6), rs.getString(7), List.of(themes), rs.getString(9),
							instant(rs.getTimestamp(10)));
				}, id).stream().findFirst().orElseThrow(() -> new NotFound("dossier " + id));
	}

	@Transactional(readOnly = true)
	List<Dossier> submittedDossiers(long callId) {
		return jdbc.query("select id from dossier where call_id = ? and status = 'SUBMITTED' order by submitted_at, id",
				(rs, n) -> rs.getLong(1), callId).stream().map(this::dossier).toList();
	}

	Dossier submittedDossierOf(long callId, long dossierId) {
		Dossier dossier = dossier(dossierId);
		if (dossier.callId() != callId || !"SUBMITTED".equals(dossier.status())) {
			throw new NotFound("dossier " + dossierId + " in call " + callId);
		}
		return dossier;
	}

	@Transactional(readOnly = true)
	List<Criterion> criteria(long callId) {
		return jdbc.query("select id, position, label, description, weight from call_criterion where call_id = ? "
				+ "order by position", (rs, n) -> new Criterion(rs.getLong(1), rs.getInt(2), rs.getString(3),
						rs.getString(4), rs.getInt(5)), callId);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Theme → direction mapping

	record Direction(long id, String name) {
	}

	@Transactional(readOnly = true)
	List<Direction> directions() {
		return jdbc.query("select id, name from direction where active order by name",
				(rs, n) -> new Direction(rs.getLong(1), rs.getString(2)));
	}

	@Transactional(readOnly = true)
	Set<String> themeDirections() {
		return new LinkedHashSet<>(jdbc.query("select theme || ':' || direction_id from theme_direction",
				(rs, n) -> rs.getString(1)));
	}

	/** Replaces the whole mapping by the given "THEME:directionId" pairs (unknown themes or directions ignored). */
	void replaceThemeDirections(Collection<String> pairs) {
		jdbc.update("delete from theme_direction");
		Set<Long> known = new LinkedHashSet<>(directions().stream().map(Direction::id).toList());
		for (String pair : new LinkedHashSet<>(pairs)) {
			int colon = pair.indexOf(':');
			if (colon < 0) {
				continue;
			}
			Optional<org.gide.calls.Theme> theme = org.gide.calls.Theme.fromCode(pair.substring(0, colon));
			long direction;
			try {
				direction = Long.parseLong(pair.substring(colon + 1));
			}
			catch (NumberFormatException e) {
				continue;
			}
			if (theme.isPresent() && known.contains(direction)) {
				jdbc.update("insert into theme_direction (theme, direction_id) values (?, ?) on conflict do nothing",
						theme.get().name(), direction);
			}
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// Members and assignments

	record Candidate(long accountId, String name, String email, Long directionId) {
	}

	/** Accounts that may sit on a committee: agents and reviewers. */
	@Transactional(readOnly = true)
	List<Candidate> candidates() {
		return jdbc.query("select a.id, a.display_name, a.email, a.direction_id from account a where exists "
				+ "(select 1 from account_role r where r.account_id = a.id and r.role in ('AGENT', 'REVIEWER')) "
				+ "order by a.display_name, a.id", (rs, n) -> new Candidate(rs.getLong(1), rs.getString(2),
						rs.getString(3), (Long) rs.getObject(4)));
	}

	@Transactional(readOnly = true)
	List<Member> members(long callId) {
		return jdbc.query("select m.account_id, a.display_name, a.email, m.direction_id, d.name from committee_member m "
				+ "join account a on a.id = m.account_id left join direction d on d.id = m.direction_id "
				+ "where m.call_id = ? order by a.display_name, a.id", (rs, n) -> new Member(rs.getLong(1),
						rs.getString(2), rs.getString(3), (Long) rs.getObject(4), rs.getString(5)), callId);
	}

	/** Adds a member; the direction defaults to the account's own. False when not an agent or reviewer. */
	boolean addMember(long callId, long accountId, Long directionId, long by) {
		Optional<Candidate> candidate = candidates().stream().filter(c -> c.accountId() == accountId).findFirst();
		if (candidate.isEmpty()) {
			return false;
		}
		Long direction = directionId != null ? directionId : candidate.get().directionId();
		jdbc.update("insert into committee_member (call_id, account_id, direction_id, added_by, added_at) "
				+ "values (?, ?, ?, ?, ?) on conflict (call_id, account_id) do update set direction_id = excluded.direction_id",
				callId, accountId, direction, by, utc(now()));
		return true;
	}

	void removeMember(long callId, long accountId) {
		jdbc.update("delete from dossier_assignment where account_id = ? and dossier_id in "
				+ "(select id from dossier where call_id = ?)", accountId, callId);
		jdbc.update("delete from committee_member where call_id = ? and account_id = ?", callId, accountId);
	}

	boolean isMember(long callId, long accountId) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from committee_member where call_id = ? and account_id = ?)", Boolean.class,
				callId, accountId));
	}

	/** Assignments of the call's dossiers: dossier id → member account ids. */
	@Transactional(readOnly = true)
	Map<Long, List<Long>> assignments(long callId) {
		Map<Long, List<Long>> result = new LinkedHashMap<>();
		jdbc.query("select a.dossier_id, a.account_id from dossier_assignment a join dossier d on d.id = a.dossier_id "
				+ "where d.call_id = ? order by a.assigned_at", rs -> {
					result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
				}, callId);
		return result;
	}

	/** Assigns a submitted dossier of the call to a member of its committee. False when not a member. */
	boolean assign(long callId, long dossierId, long accountId, long by) {
		submittedDossierOf(callId, dossierId);
		if (!isMember(callId, accountId)) {
			return false;
		}
		jdbc.update("insert into dossier_assignment (dossier_id, account_id, assigned_by, assigned_at) "
				+ "values (?, ?, ?, ?) on conflict do nothing", dossierId, accountId, by, utc(now()));
		return true;
	}

	void unassign(long callId, long dossierId, long accountId) {
		submittedDossierOf(callId, dossierId);
		jdbc.update("delete from dossier_assignment where dossier_id = ? and account_id = ?", dossierId, accountId);
	}

	/**
	 * Members of the call's committee whose direction is concerned by at least one of the dossier's themes
	 * (theme_direction), with the matching themes as the reason; members already assigned are left out.
	 */
	@Transactional(readOnly = true)
	List<Suggestion> suggestions(long callId, Dossier dossier) {
		Map<Long, Suggestion> result = new LinkedHashMap<>();
		jdbc.query("select m.account_id, a.display_name, d.name, td.theme from committee_member m "
				+ "join account a on a.id = m.account_id join direction d on d.id = m.direction_id "
				+ "join theme_direction td on td.direction_id = m.direction_id "
				+ "where m.call_id = ? and td.theme = any (select upper(t) from unnest(?::text[]) t) "
				+ "and not exists (select 1 from dossier_assignment x where x.dossier_id = ? and x.account_id = m.account_id) "
				+ "order by a.display_name, m.account_id, td.theme", rs -> {
					long account = rs.getLong(1);
					Suggestion s = result.computeIfAbsent(account,
							k -> new Suggestion(account, rs0(rs, 2), rs0(rs, 3), new ArrayList<>()));
					s.themes().add(rs.getString(4));
				}, callId, dossier.themes().toArray(new String[0]), dossier.id());
		return List.copyOf(result.values());
	}

	private static String rs0(java.sql.ResultSet rs, int column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	// ---------------------------------------------------------------------------------------------------------
	// What a member sees

	record Assigned(Dossier dossier, Call call, boolean conflicted, int scored, boolean decided) {
	}

	/** The dossiers assigned to the account, only those of calls whose deadline has passed. */
	@Transactional(readOnly = true)
	List<Assigned> assignedTo(long accountId) {
		Instant now = now();
		return jdbc.query("select a.dossier_id from dossier_assignment a join dossier d on d.id = a.dossier_id "
				+ "join call c on c.id = d.call_id where a.account_id = ? and d.status = 'SUBMITTED' "
				+ "and c.deadline is not null and c.deadline <= ? order by c.deadline desc, d.title",
				(rs, n) -> rs.getLong(1), accountId, utc(now)).stream().map(id -> {
					Dossier d = dossier(id);
					return new Assigned(d, call(d.callId()), conflicted(id, accountId), scoredCount(id, accountId),
							decided(id));
				}).toList();
	}

	/** Number of calls with assignments to this account whose deadline has not passed yet. */
	@Transactional(readOnly = true)
	int waitingCalls(long accountId) {
		return jdbc.queryForObject("select count(distinct c.id) from dossier_assignment a join dossier d on "
				+ "d.id = a.dossier_id join call c on c.id = d.call_id where a.account_id = ? and "
				+ "(c.deadline is null or c.deadline > ?)", Integer.class, accountId, utc(now()));
	}

	boolean assigned(long dossierId, long accountId) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from dossier_assignment where dossier_id = ? and account_id = ?)",
				Boolean.class, dossierId, accountId));
	}

	boolean conflicted(long dossierId, long accountId) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from conflict_declaration where dossier_id = ? and account_id = ?)",
				Boolean.class, dossierId, accountId));
	}

	boolean decided(long dossierId) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from dossier_decision where dossier_id = ?)", Boolean.class, dossierId));
	}

	private int scoredCount(long dossierId, long accountId) {
		return jdbc.queryForObject("select count(*) from dossier_score where dossier_id = ? and account_id = ?",
				Integer.class, dossierId, accountId);
	}

	/**
	 * The dossier if the viewer may read it on the committee's pages: agents always (submitted dossiers), members
	 * when it is assigned to them and the call's deadline has passed. Otherwise the 403 page, whether or not the id
	 * exists, so that guessing ids teaches nothing.
	 */
	@Transactional(readOnly = true)
	Dossier readable(long dossierId, Viewer viewer) {
		Optional<Dossier> dossier = jdbc.query("select id from dossier where id = ? and status = 'SUBMITTED'",
				(rs, n) -> rs.getLong(1), dossierId).stream().findFirst().map(this::dossier);
		if (dossier.isEmpty()) {
			if (viewer.agent()) {
				throw new NotFound("dossier " + dossierId);
			}
			throw new AccessDeniedException("Dossier " + dossierId);
		}
		if (viewer.agent()) {
			return dossier.get();
		}
		if (!assigned(dossierId, viewer.id()) || !call(dossier.get().callId()).deadlinePassed(now())) {
			throw new AccessDeniedException("Dossier " + dossierId + " not readable by " + viewer.id());
		}
		return dossier.get();
	}

	/** Whether the viewer may score the dossier now: assigned, after the deadline, no conflict, no decision. */
	boolean mayScore(Dossier dossier, Viewer viewer) {
		return assigned(dossier.id(), viewer.id()) && call(dossier.callId()).deadlinePassed(now())
				&& !conflicted(dossier.id(), viewer.id()) && !decided(dossier.id());
	}

	void declareConflict(Dossier dossier, Viewer viewer, String reason) {
		String text = reason == null ? "" : reason.strip();
		if (text.length() > 1000) {
			text = text.substring(0, 1000);
		}
		jdbc.update("insert into conflict_declaration (dossier_id, account_id, reason, declared_at) values (?, ?, ?, ?) "
				+ "on conflict do nothing", dossier.id(), viewer.id(), text, utc(now()));
		// A conflicted member's scores no longer count.
		jdbc.update("delete from dossier_score where dossier_id = ? and account_id = ?", dossier.id(), viewer.id());
	}

	@Transactional(readOnly = true)
	List<Score> scores(long dossierId) {
		return jdbc.query("select s.criterion_id, s.account_id, a.display_name, s.score, s.comment from dossier_score s "
				+ "join account a on a.id = s.account_id where s.dossier_id = ? order by a.display_name, s.account_id",
				(rs, n) -> new Score(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5)),
				dossierId);
	}

	/** Saves one criterion's score; refused (AccessDenied) unless {@link #mayScore}. */
	void score(Dossier dossier, Viewer viewer, long criterionId, int score, String comment) {
		if (!mayScore(dossier, viewer)) {
			throw new AccessDeniedException("May not score dossier " + dossier.id());
		}
		if (criteria(dossier.callId()).stream().noneMatch(c -> c.id() == criterionId)) {
			throw new NotFound("criterion " + criterionId);
		}
		jdbc.update("insert into dossier_score (dossier_id, account_id, criterion_id, score, comment, scored_at) "
				+ "values (?, ?, ?, ?, ?, ?) on conflict (dossier_id, account_id, criterion_id) do update set "
				+ "score = excluded.score, comment = excluded.comment, scored_at = excluded.scored_at", dossier.id(),
				viewer.id(), criterionId, score, comment, utc(now()));
	}

	@Transactional(readOnly = true)
	List<Annotation> annotations(long dossierId, long accountId) {
		return jdbc.query("select id, body, written_at from dossier_annotation where dossier_id = ? and account_id = ? "
				+ "order by written_at, id", (rs, n) -> new Annotation(rs.getLong(1), rs.getString(2),
						instant(rs.getTimestamp(3))), dossierId, accountId);
	}

	void annotate(Dossier dossier, Viewer viewer, String body) {
		jdbc.update("insert into dossier_annotation (dossier_id, account_id, body, written_at) values (?, ?, ?, ?)",
				dossier.id(), viewer.id(), body, utc(now()));
	}

	// ---------------------------------------------------------------------------------------------------------
	// Synthesis

	/** Agents, or members of the call's committee. */
	void checkSynthesis(long callId, Viewer viewer) {
		call(callId);
		if (!viewer.agent() && !isMember(callId, viewer.id())) {
			throw new AccessDeniedException("Not on the committee of call " + callId);
		}
	}

	/**
	 * Per submitted dossier and criterion: average, min–max and number of scores; the weighted total on 5 (weights
	 * of the scored criteria); best first, unscored last. The rows of dossiers the viewer is conflicted on are left
	 * out.
	 */
	@Transactional(readOnly = true)
	List<SynthesisRow> synthesis(long callId, Viewer viewer) {
		List<Criterion> criteria = criteria(callId);
		List<SynthesisRow> rows = new ArrayList<>();
		for (Dossier dossier : submittedDossiers(callId)) {
			if (conflicted(dossier.id(), viewer.id())) {
				continue;
			}
			List<CriterionStats> stats = new ArrayList<>();
			double weighted = 0;
			int weights = 0;
			for (Criterion c : criteria) {
				CriterionStats s = jdbc.queryForObject("select avg(score)::float8, min(score), max(score), count(*) "
						+ "from dossier_score where dossier_id = ? and criterion_id = ?", (rs, n) -> new CriterionStats(
								c.id(), (Double) rs.getObject(1), (Integer) rs.getObject(2), (Integer) rs.getObject(3),
								rs.getInt(4)), dossier.id(), c.id());
				stats.add(s);
				if (s.average() != null) {
					weighted += s.average() * c.weight();
					weights += c.weight();
				}
			}
			int members = jdbc.queryForObject("select count(distinct account_id) from dossier_score where dossier_id = ?",
					Integer.class, dossier.id());
			rows.add(new SynthesisRow(dossier.id(), dossier.title(), stats, weights == 0 ? null : weighted / weights,
					members));
		}
		rows.sort(Comparator.comparing((SynthesisRow r) -> r.weightedTotal() == null ? -1 : r.weightedTotal())
			.reversed()
			.thenComparing(SynthesisRow::title));
		return rows;
	}

	// ---------------------------------------------------------------------------------------------------------
	// Applicants, messages

	/** The administrators of the dossier's accepted co-author organisations, lead first. */
	@Transactional(readOnly = true)
	List<Applicant> applicants(long dossierId) {
		List<Applicant> result = new ArrayList<>();
		for (long organisation : coAuthors(dossierId)) {
			String name = organisations.find(organisation).map(OrganisationDetails::name).orElse("");
			memberships.administrators(organisation)
				.forEach(a -> result.add(new Applicant(organisation, name, a.email(), a.label())));
		}
		return result;
	}

	/** Accepted co-author organisations of the dossier, lead first. */
	List<Long> coAuthors(long dossierId) {
		return jdbc.query("select organisation_id from dossier_partner where dossier_id = ? and status = 'ACCEPTED' "
				+ "order by case role when 'LEAD' then 0 else 1 end, answered_at nulls first, organisation_id",
				(rs, n) -> rs.getLong(1), dossierId);
	}

	boolean isApplicant(long dossierId, long accountId) {
		return coAuthors(dossierId).stream().anyMatch(o -> memberships.administers(accountId, o));
	}

	record Message(long id, String authorLabel, boolean fromMission, String body, Instant sentAt) {
	}

	/** The dossier if the viewer may use its thread: agents, or administrators of an accepted co-author. */
	@Transactional(readOnly = true)
	Dossier threadOf(long dossierId, Viewer viewer) {
		Optional<Long> exists = jdbc.query("select id from dossier where id = ?", (rs, n) -> rs.getLong(1), dossierId)
			.stream()
			.findFirst();
		if (exists.isEmpty()) {
			if (viewer.agent()) {
				throw new NotFound("dossier " + dossierId);
			}
			throw new AccessDeniedException("Dossier " + dossierId);
		}
		if (!viewer.agent() && !isApplicant(dossierId, viewer.id())) {
			throw new AccessDeniedException("Not an applicant of dossier " + dossierId);
		}
		return dossier(dossierId);
	}

	@Transactional(readOnly = true)
	List<Message> messages(long dossierId) {
		return jdbc.query("select id, author_label, from_mission, body, sent_at from dossier_message where dossier_id = ? "
				+ "order by sent_at, id", (rs, n) -> new Message(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
						rs.getString(4), instant(rs.getTimestamp(5))), dossierId);
	}

	/** Posts a message and notifies the other side by mail (applicants, or the agents of the Mission ESS). */
	void post(Dossier dossier, Viewer viewer, String body) {
		boolean fromMission = viewer.agent() && !isApplicant(dossier.id(), viewer.id());
		insertMessage(dossier.id(), viewer, fromMission, body);
		Map<String, Object> model = Map.of("dossier", dossier.title(), "dossierId", dossier.id(), "author",
				viewer.name(), "body", body);
		Set<String> recipients = new LinkedHashSet<>();
		if (fromMission) {
			applicants(dossier.id()).forEach(a -> recipients.add(a.email()));
		}
		else {
			recipients.addAll(missionRecipients(dossier));
		}
		recipients.remove(viewer.email());
		recipients.forEach(to -> mailer.send(to, Locale.FRENCH, "committee.mail.message.subject",
				new Object[] { dossier.title() }, "calls-committee-message", model));
	}

	void insertMessage(long dossierId, Viewer viewer, boolean fromMission, String body) {
		jdbc.update("insert into dossier_message (dossier_id, author_id, author_label, from_mission, body, sent_at) "
				+ "values (?, ?, ?, ?, ?, ?)", dossierId, viewer.id(), viewer.name(), fromMission, body, utc(now()));
	}

	/** The agents who wrote in the thread and the call's author; when none, every agent. */
	private List<String> missionRecipients(Dossier dossier) {
		List<String> known = jdbc.queryForList("select distinct a.email from account a where a.id in "
				+ "(select author_id from dossier_message where dossier_id = ? and from_mission union "
				+ "select created_by from call where id = ? and created_by is not null)", String.class, dossier.id(),
				dossier.callId());
		if (!known.isEmpty()) {
			return known;
		}
		return jdbc.queryForList("select a.email from account a join account_role r on r.account_id = a.id "
				+ "where r.role = 'AGENT' order by a.id", String.class);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Auditions

	record Slot(long id, Instant startsAt, Instant endsAt, String place, Long dossierId, String dossierTitle,
			Instant invitedAt, Boolean attended) {
	}

	@Transactional(readOnly = true)
	List<Slot> slots(long callId) {
		return jdbc.query("select s.id, s.starts_at, s.ends_at, s.place, s.dossier_id, d.title, s.invited_at, s.attended "
				+ "from audition_slot s left join dossier d on d.id = s.dossier_id where s.call_id = ? "
				+ "order by s.starts_at, s.id", (rs, n) -> new Slot(rs.getLong(1), instant(rs.getTimestamp(2)),
						instant(rs.getTimestamp(3)), rs.getString(4), (Long) rs.getObject(5), rs.getString(6),
						instant(rs.getTimestamp(7)), (Boolean) rs.getObject(8)), callId);
	}

	Slot slot(long callId, long slotId) {
		return slots(callId).stream().filter(s -> s.id() == slotId).findFirst()
			.orElseThrow(() -> new NotFound("slot " + slotId));
	}

	long createSlot(long callId, Instant starts, Instant ends, String place) {
		return jdbc.queryForObject("insert into audition_slot (call_id, starts_at, ends_at, place) values (?, ?, ?, ?) "
				+ "returning id", Long.class, callId, utc(starts), utc(ends), place);
	}

	/** Puts a dossier in the slot (or empties it); false when the dossier already has another slot. */
	boolean setSlotDossier(long callId, long slotId, Long dossierId) {
		Slot slot = slot(callId, slotId);
		if (dossierId == null) {
			jdbc.update("update audition_slot set dossier_id = null, invited_at = null, attended = null where id = ?",
					slot.id());
			return true;
		}
		submittedDossierOf(callId, dossierId);
		if (slots(callId).stream().anyMatch(s -> dossierId.equals(s.dossierId()) && s.id() != slotId)) {
			return false;
		}
		jdbc.update("update audition_slot set dossier_id = ?, invited_at = case when dossier_id = ? then invited_at end, "
				+ "attended = case when dossier_id = ? then attended end where id = ?", dossierId, dossierId, dossierId,
				slot.id());
		return true;
	}

	void deleteSlot(long callId, long slotId) {
		jdbc.update("delete from audition_slot where id = ?", slot(callId, slotId).id());
	}

	/** Invites the dossier's applicants: a mail to each administrator of its co-authors and a message in its thread. */
	int invite(long callId, long slotId, Viewer agent, String threadMessage, Map<String, Object> mailModel) {
		Slot slot = slot(callId, slotId);
		if (slot.dossierId() == null) {
			return -1;
		}
		Dossier dossier = dossier(slot.dossierId());
		insertMessage(dossier.id(), agent, true, threadMessage);
		Map<String, Object> model = new LinkedHashMap<>(mailModel);
		model.put("dossier", dossier.title());
		model.put("dossierId", dossier.id());
		Set<String> recipients = new LinkedHashSet<>();
		applicants(dossier.id()).forEach(a -> recipients.add(a.email()));
		recipients.forEach(to -> mailer.send(to, Locale.FRENCH, "committee.mail.audition.subject",
				new Object[] { dossier.title() }, "calls-committee-audition", model));
		jdbc.update("update audition_slot set invited_at = ? where id = ?", utc(now()), slot.id());
		return recipients.size();
	}

	void attendance(long callId, long slotId, Boolean attended) {
		Slot slot = slot(callId, slotId);
		jdbc.update("update audition_slot set attended = ? where id = ?", attended, slot.id());
	}

	// ---------------------------------------------------------------------------------------------------------
	// Deliberation and decisions

	record Minutes(String html, LocalDate heldOn, long version) {
	}

	record Decision(long dossierId, String outcome, String motivation, Instant decidedAt, Instant notifiedAt) {
	}

	static final class MinutesConflict extends RuntimeException {

		MinutesConflict() {
			super("The minutes changed meanwhile");
		}

	}

	/** The stored minutes, or empty (version 0) when none have been saved yet. */
	@Transactional(readOnly = true)
	Optional<Minutes> minutes(long callId) {
		return jdbc.query("select minutes_html, held_on, version from deliberation where call_id = ?",
				(rs, n) -> new Minutes(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3)), callId)
			.stream()
			.findFirst();
	}

	/** Saves sanitized minutes if still at {@code expectedVersion} (0: none saved yet); otherwise MinutesConflict. */
	long saveMinutes(long callId, long expectedVersion, String sanitizedHtml, LocalDate heldOn, long by) {
		int changed;
		if (expectedVersion == 0) {
			changed = jdbc.update("insert into deliberation (call_id, minutes_html, held_on, updated_by, updated_at, version) "
					+ "values (?, ?, ?, ?, ?, 1) on conflict do nothing", callId, sanitizedHtml, heldOn, by, utc(now()));
		}
		else {
			changed = jdbc.update("update deliberation set minutes_html = ?, held_on = ?, updated_by = ?, updated_at = ?, "
					+ "version = version + 1 where call_id = ? and version = ?", sanitizedHtml, heldOn, by, utc(now()),
					callId, expectedVersion);
		}
		if (changed == 0) {
			throw new MinutesConflict();
		}
		return expectedVersion + 1;
	}

	@Transactional(readOnly = true)
	Map<Long, Decision> decisions(long callId) {
		Map<Long, Decision> result = new LinkedHashMap<>();
		jdbc.query("select x.dossier_id, x.outcome, x.motivation, x.decided_at, x.notified_at from dossier_decision x "
				+ "join dossier d on d.id = x.dossier_id where d.call_id = ?", rs -> {
					result.put(rs.getLong(1), new Decision(rs.getLong(1), rs.getString(2), rs.getString(3),
							instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))));
				}, callId);
		return result;
	}

	/** Records (or changes) the decision on a submitted dossier; a change is notified again when sent. */
	void decide(long callId, long dossierId, String outcome, String motivation, long by) {
		submittedDossierOf(callId, dossierId);
		jdbc.update("insert into dossier_decision (dossier_id, outcome, motivation, decided_by, decided_at) "
				+ "values (?, ?, ?, ?, ?) on conflict (dossier_id) do update set outcome = excluded.outcome, "
				+ "motivation = excluded.motivation, decided_by = excluded.decided_by, decided_at = excluded.decided_at, "
				+ "notified_at = case when dossier_decision.outcome = excluded.outcome and "
				+ "dossier_decision.motivation = excluded.motivation then dossier_decision.notified_at end",
				dossierId, outcome, motivation, by, utc(now()));
	}

	/** Mails every decision not notified yet to the dossier's applicants; returns the number of decisions sent. */
	int sendDecisions(long callId) {
		Call call = call(callId);
		int sent = 0;
		for (Decision decision : decisions(callId).values()) {
			if (decision.notifiedAt() != null) {
				continue;
			}
			Dossier dossier = dossier(decision.dossierId());
			Set<String> recipients = new LinkedHashSet<>();
			applicants(dossier.id()).forEach(a -> recipients.add(a.email()));
			Map<String, Object> model = Map.of("call", call.title(), "dossier", dossier.title(), "dossierId",
					dossier.id(), "laureate", "LAUREATE".equals(decision.outcome()), "motivation",
					decision.motivation());
			recipients.forEach(to -> mailer.send(to, Locale.FRENCH, "committee.mail.decision.subject",
					new Object[] { dossier.title() }, "calls-committee-decision", model));
			jdbc.update("update dossier_decision set notified_at = ? where dossier_id = ?", utc(now()), dossier.id());
			sent++;
		}
		return sent;
	}

	/** Undecided submitted dossiers of the call (results cannot be published while there are some). */
	@Transactional(readOnly = true)
	int undecided(long callId) {
		return jdbc.queryForObject("select count(*) from dossier d where d.call_id = ? and d.status = 'SUBMITTED' and "
				+ "not exists (select 1 from dossier_decision x where x.dossier_id = d.id)", Integer.class, callId);
	}

	void publishResults(long callId) {
		// The call's version is left alone: publishing results must not break an agent's edit of its text.
		jdbc.update("update call set results_published_at = ? where id = ? and results_published_at is null",
				utc(now()), callId);
	}

}
