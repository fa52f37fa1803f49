package org.gide.calls.call;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.sql.Timestamp;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import org.gide.calls.Theme;
import org.gide.calls.call.CallCatalogue.CallView;
import org.gide.calls.call.CallCatalogue.Status;
import org.gide.calls.call.CallRefused.Problem;
import org.gide.calls.files.CallFiles;
import org.gide.files.RefusedFile;
import org.gide.files.StoredFile;
import org.gide.territory.Territories;
import org.gide.territory.TerritorySummary;
import org.gide.web.RichText;

/**
 * The agents' work on calls: creating and editing them (rules, timeline, territories, themes, directions), their
 * criteria grid, documents and presentation workshops, publishing and closing. Every rule that refuses a change
 * says why, field by field.
 */
@Service
public class CallService {

	/** The actions of the Schéma départemental a call may serve. */
	public static final List<String> PLAN_ACTIONS = List.of("1.1", "1.2", "2.1", "2.2", "3.1");

	private final JdbcTemplate jdbc;

	private final CallCatalogue catalogue;

	private final Territories territories;

	private final CallFiles files;

	private final Clock clock;

	private final WorkshopAnnouncements workshops;

	CallService(JdbcTemplate jdbc, CallCatalogue catalogue, Territories territories, CallFiles files,
			ObjectProvider<Clock> clock, WorkshopAnnouncements workshops) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.territories = territories;
		this.files = files;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.workshops = workshops;
	}

	Instant now() {
		return clock.instant();
	}

	public CallView load(long id) {
		return catalogue.find(id).orElseThrow(() -> new CallNotFound("call " + id));
	}

	/** Active directions (id, name), for the form's checkboxes. */
	public List<Direction> activeDirections() {
		return jdbc.query("select id, name from direction where active order by name",
				(rs, n) -> new Direction(rs.getLong("id"), rs.getString("name")));
	}

	/** A direction of the Département. */
	public record Direction(long id, String name) {
	}

	public List<Long> directionsOf(long callId) {
		return jdbc.queryForList("select direction_id from call_direction where call_id = ? order by direction_id",
				Long.class, callId);
	}

	public List<String> directionNames(long callId) {
		return jdbc.queryForList("select d.name from call_direction cd join direction d on d.id = cd.direction_id "
				+ "where cd.call_id = ? order by d.name", String.class, callId);
	}

	/** A call of the agents' list, with its dossiers counted by status. */
	public record CallRow(CallView call, long drafts, long submitted) {
	}

	public List<CallRow> list() {
		List<CallView> calls = jdbc.query("select " + CallCatalogue.COLUMNS
				+ " from call order by case status when 'DRAFT' then 0 when 'PUBLISHED' then 1 else 2 end, "
				+ "deadline desc nulls first, id desc", CallCatalogue.CALL);
		java.util.Map<Long, long[]> counts = new java.util.HashMap<>();
		jdbc.query("select call_id, status, count(*) as n from dossier group by call_id, status", rs -> {
			long[] c = counts.computeIfAbsent(rs.getLong("call_id"), k -> new long[2]);
			c["SUBMITTED".equals(rs.getString("status")) ? 1 : 0] += rs.getLong("n");
		});
		return calls.stream().map(call -> {
			long[] c = counts.getOrDefault(call.id(), new long[2]);
			return new CallRow(call, c[0], c[1]);
		}).toList();
	}

	// ---------------------------------------------------------------------------------------------------------
	// The call itself

	/** The checked values of a form. */
	private record Values(String title, String slug, String summary, String descriptionHtml, String planAction,
			String[] themes, String[] territories, Instant opensAt, Instant deadline, LocalDate auditionsFrom,
			LocalDate auditionsTo, LocalDate decisionOn, int minOrganisations, int minThemes,
			boolean diagnosisRequired, List<Long> directions) {
	}

	/** Creates a draft call; returns its id. */
	@Transactional
	public long create(CallForm form, Long accountId) {
		Values v = check(form, null);
		Instant now = now();
		Long id = jdbc.queryForObject("""
				insert into call (slug, title, summary, description_html, plan_action, themes, territories, opens_at,
				  deadline, auditions_from, auditions_to, decision_on, min_organisations, min_themes,
				  diagnosis_required, status, created_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?) returning id""", Long.class,
				v.slug, v.title, v.summary, v.descriptionHtml, v.planAction, v.themes, v.territories, ts(v.opensAt),
				ts(v.deadline), v.auditionsFrom, v.auditionsTo, v.decisionOn, v.minOrganisations, v.minThemes,
				v.diagnosisRequired, accountId, ts(now), ts(now));
		saveDirections(id, v.directions);
		return id;
	}

	/** Saves an edit made on the version the form was loaded from; {@link CallConflict} if it changed since. */
	@Transactional
	public void update(long id, CallForm form) {
		load(id);
		Values v = check(form, id);
		int updated = jdbc.update("""
				update call set slug = ?, title = ?, summary = ?, description_html = ?, plan_action = ?, themes = ?,
				  territories = ?, opens_at = ?, deadline = ?, auditions_from = ?, auditions_to = ?, decision_on = ?,
				  min_organisations = ?, min_themes = ?, diagnosis_required = ?, updated_at = ?, version = version + 1
				where id = ? and version = ?""", v.slug, v.title, v.summary, v.descriptionHtml, v.planAction,
				v.themes, v.territories, ts(v.opensAt), ts(v.deadline), v.auditionsFrom, v.auditionsTo, v.decisionOn,
				v.minOrganisations, v.minThemes, v.diagnosisRequired, ts(now()), id, form.getVersion());
		if (updated == 0) {
			throw new CallConflict(id);
		}
		saveDirections(id, v.directions);
	}

	private void saveDirections(long id, List<Long> directions) {
		jdbc.update("delete from call_direction where call_id = ?", id);
		for (Long direction : directions) {
			jdbc.update("insert into call_direction (call_id, direction_id) values (?, ?)", id, direction);
		}
	}

	private Values check(CallForm form, Long id) {
		List<Problem> problems = new ArrayList<>();
		String title = form.getTitle().strip();
		if (title.isEmpty()) {
			problems.add(new Problem("title", "call.error.title.required"));
		}
		else if (title.length() > 200) {
			problems.add(new Problem("title", "call.error.tooLong", 200));
		}
		String summary = form.getSummary().strip();
		if (summary.length() > 1000) {
			problems.add(new Problem("summary", "call.error.tooLong", 1000));
		}
		String description = RichText.sanitize(form.getDescription());
		if (description.length() > 100_000) {
			problems.add(new Problem("description", "call.error.tooLong", 100_000));
		}
		if (!PLAN_ACTIONS.contains(form.getPlanAction())) {
			problems.add(new Problem("planAction", "call.error.planAction"));
		}
		Set<String> themes = new LinkedHashSet<>();
		for (String code : form.getThemes()) {
			Theme.fromCode(code).ifPresentOrElse(t -> themes.add(t.code()),
					() -> problems.add(new Problem("themes", "call.error.theme")));
		}
		Set<String> known = new java.util.HashSet<>(territories.list().stream().map(TerritorySummary::slug).toList());
		Set<String> places = new LinkedHashSet<>();
		for (String slug : form.getTerritories()) {
			if (known.contains(slug)) {
				places.add(slug);
			}
			else {
				problems.add(new Problem("territories", "call.error.territory"));
			}
		}
		LocalDate opensOn = date(form.getOpensOn(), "opensOn", problems);
		LocalDate deadlineOn = date(form.getDeadlineOn(), "deadlineOn", problems);
		LocalTime deadlineTime = null;
		if (!form.getDeadlineTime().isBlank()) {
			try {
				deadlineTime = LocalTime.parse(form.getDeadlineTime().strip());
			}
			catch (DateTimeParseException e) {
				problems.add(new Problem("deadlineTime", "call.error.time"));
			}
		}
		else if (deadlineOn != null) {
			problems.add(new Problem("deadlineTime", "call.error.time"));
		}
		LocalDate auditionsFrom = date(form.getAuditionsFrom(), "auditionsFrom", problems);
		LocalDate auditionsTo = date(form.getAuditionsTo(), "auditionsTo", problems);
		LocalDate decisionOn = date(form.getDecisionOn(), "decisionOn", problems);
		Instant opensAt = opensOn == null ? null : opensOn.atStartOfDay(CallForm.PARIS).toInstant();
		Instant deadline = deadlineOn == null || deadlineTime == null ? null
				: deadlineOn.atTime(deadlineTime).atZone(CallForm.PARIS).toInstant();
		if (opensAt != null && deadline != null && !deadline.isAfter(opensAt)) {
			problems.add(new Problem("deadlineOn", "call.error.deadline.beforeOpening"));
		}
		if (auditionsFrom != null && deadlineOn != null && !auditionsFrom.isAfter(deadlineOn)) {
			problems.add(new Problem("auditionsFrom", "call.error.auditions.beforeDeadline"));
		}
		if (auditionsTo != null && auditionsFrom == null) {
			problems.add(new Problem("auditionsFrom", "call.error.auditions.fromMissing"));
		}
		if (auditionsTo != null && auditionsFrom != null && auditionsTo.isBefore(auditionsFrom)) {
			problems.add(new Problem("auditionsTo", "call.error.auditions.order"));
		}
		LocalDate lastStep = auditionsTo != null ? auditionsTo : auditionsFrom != null ? auditionsFrom : deadlineOn;
		if (decisionOn != null && lastStep != null && decisionOn.isBefore(lastStep)) {
			problems.add(new Problem("decisionOn", "call.error.decision.order"));
		}
		int minOrganisations = number(form.getMinOrganisations(), "minOrganisations", 1, 50, problems);
		int minThemes = number(form.getMinThemes(), "minThemes", 1, 20, problems);
		if (minThemes > 0 && !themes.isEmpty() && minThemes > themes.size()) {
			problems.add(new Problem("minThemes", "call.error.minThemes.moreThanThemes", themes.size()));
		}
		Set<Long> active = new java.util.HashSet<>(activeDirections().stream().map(Direction::id).toList());
		List<Long> directions = new ArrayList<>();
		for (Long direction : new LinkedHashSet<>(form.getDirections())) {
			if (direction != null && (active.contains(direction) || (id != null && directionsOf(id).contains(direction)))) {
				directions.add(direction);
			}
			else {
				problems.add(new Problem("directions", "call.error.direction"));
			}
		}
		String slug = form.getSlug().strip().toLowerCase(Locale.ROOT);
		if (slug.isEmpty()) {
			slug = uniqueSlug(slugOf(title), id);
		}
		else if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 120) {
			problems.add(new Problem("slug", "call.error.slug.format"));
		}
		else if (slugTaken(slug, id)) {
			problems.add(new Problem("slug", "call.error.slug.taken"));
		}
		if (!problems.isEmpty()) {
			throw new CallRefused(problems);
		}
		return new Values(title, slug, summary, description, form.getPlanAction(), themes.toArray(String[]::new),
				places.toArray(String[]::new), opensAt, deadline, auditionsFrom, auditionsTo, decisionOn,
				minOrganisations, minThemes, form.isDiagnosisRequired(), directions);
	}

	private static LocalDate date(String text, String field, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new Problem(field, "call.error.date"));
			return null;
		}
	}

	private static int number(String text, String field, int min, int max, List<Problem> problems) {
		try {
			int value = Integer.parseInt(text.strip());
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		problems.add(new Problem(field, "call.error.number", min, max));
		return 0;
	}

	/** "Appel à commun(s) — Alimentation" → "appel-a-communs-alimentation". */
	static String slugOf(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT)
			.replaceAll("[’'()]", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (slug.length() > 100) {
			slug = slug.substring(0, 100).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "appel" : slug;
	}

	private String uniqueSlug(String base, Long id) {
		String slug = base;
		for (int n = 2; slugTaken(slug, id); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private boolean slugTaken(String slug, Long id) {
		return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from call where slug = ? and id <> ?)",
				Boolean.class, slug, id == null ? -1L : id));
	}

	/**
	 * Publishes a draft: refused, with every reason, without a title, a description, a deadline in the future (by
	 * the server's clock) or a criterion.
	 */
	@Transactional
	public void publish(long id) {
		CallView call = load(id);
		List<Problem> problems = new ArrayList<>();
		if (call.status() != Status.DRAFT) {
			problems.add(new Problem(null, "call.publish.error.notDraft"));
		}
		if (call.title().isBlank()) {
			problems.add(new Problem(null, "call.publish.error.title"));
		}
		if (RichText.plainText(call.descriptionHtml()).isBlank()) {
			problems.add(new Problem(null, "call.publish.error.description"));
		}
		if (call.deadline() == null) {
			problems.add(new Problem(null, "call.publish.error.deadlineMissing"));
		}
		else if (!call.deadline().isAfter(now())) {
			problems.add(new Problem(null, "call.publish.error.deadlinePast"));
		}
		if (catalogue.criteria(id).isEmpty()) {
			problems.add(new Problem(null, "call.publish.error.criteria"));
		}
		if (!problems.isEmpty()) {
			throw new CallRefused(problems);
		}
		jdbc.update("update call set status = 'PUBLISHED', published_at = ?, updated_at = ?, version = version + 1 "
				+ "where id = ?", ts(now()), ts(now()), id);
		workshops.announceAll(id);
	}

	/** Closes a published call: no more dossiers, the page stays public. */
	@Transactional
	public void close(long id) {
		CallView call = load(id);
		if (call.status() != Status.PUBLISHED) {
			throw new CallRefused(List.of(new Problem(null, "call.close.error.notPublished")));
		}
		jdbc.update("update call set status = 'CLOSED', closed_at = ?, updated_at = ?, version = version + 1 "
				+ "where id = ?", ts(now()), ts(now()), id);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Criteria

	/** Adds a criterion (criterionId null) or changes one. */
	@Transactional
	public void saveCriterion(long callId, Long criterionId, String label, String description, String weight) {
		load(callId);
		List<Problem> problems = new ArrayList<>();
		String l = label == null ? "" : label.strip();
		String d = description == null ? "" : description.strip();
		if (l.isEmpty()) {
			problems.add(new Problem("label", "call.criterion.error.label"));
		}
		else if (l.length() > 200) {
			problems.add(new Problem("label", "call.error.tooLong", 200));
		}
		if (d.length() > 1000) {
			problems.add(new Problem("description", "call.error.tooLong", 1000));
		}
		int w = number(weight == null ? "" : weight, "weight", 1, 100, problems);
		if (!problems.isEmpty()) {
			throw new CallRefused(problems);
		}
		if (criterionId == null) {
			jdbc.update("insert into call_criterion (call_id, position, label, description, weight) values (?, "
					+ "(select coalesce(max(position), 0) + 1 from call_criterion where call_id = ?), ?, ?, ?)", callId,
					callId, l, d, w);
		}
		else if (jdbc.update("update call_criterion set label = ?, description = ?, weight = ? where id = ? and "
				+ "call_id = ?", l, d, w, criterionId, callId) == 0) {
			throw new CallNotFound("criterion " + criterionId);
		}
		touch(callId);
	}

	@Transactional
	public void removeCriterion(long callId, long criterionId) {
		if (jdbc.update("delete from call_criterion where id = ? and call_id = ?", criterionId, callId) == 0) {
			throw new CallNotFound("criterion " + criterionId);
		}
		renumber(callId, catalogue.criteria(callId).stream().map(CallCatalogue.CriterionView::id).toList());
		touch(callId);
	}

	/** Moves a criterion one place up (delta -1) or down (+1). */
	@Transactional
	public void moveCriterion(long callId, long criterionId, int delta) {
		List<Long> ids = new ArrayList<>(catalogue.criteria(callId).stream().map(CallCatalogue.CriterionView::id).toList());
		int i = ids.indexOf(criterionId);
		if (i < 0) {
			throw new CallNotFound("criterion " + criterionId);
		}
		int j = i + Integer.signum(delta);
		if (j < 0 || j >= ids.size()) {
			return;
		}
		ids.set(i, ids.get(j));
		ids.set(j, criterionId);
		renumber(callId, ids);
		touch(callId);
	}

	private void renumber(long callId, List<Long> ids) {
		// Negative positions first: (call_id, position) is unique at every statement.
		jdbc.update("update call_criterion set position = -position where call_id = ?", callId);
		for (int i = 0; i < ids.size(); i++) {
			jdbc.update("update call_criterion set position = ? where id = ?", i + 1, ids.get(i));
		}
	}

	private void touch(long callId) {
		jdbc.update("update call set updated_at = ? where id = ?", ts(now()), callId);
	}

	// ---------------------------------------------------------------------------------------------------------
	// Documents

	@Transactional
	public long addDocument(long callId, String title, MultipartFile file, Long accountId) {
		load(callId);
		String t = title == null ? "" : title.strip();
		List<Problem> problems = new ArrayList<>();
		if (t.length() > 200) {
			problems.add(new Problem("title", "call.error.tooLong", 200));
		}
		if (!problems.isEmpty()) {
			throw new CallRefused(problems);
		}
		StoredFile stored;
		try {
			stored = files.store("call-" + callId, file);
		}
		catch (RefusedFile refused) {
			throw new CallRefused(List.of(new Problem("file", refused.messageKey(), refused.arguments())));
		}
		if (t.isEmpty()) {
			t = stored.fileName().length() > 200 ? stored.fileName().substring(0, 200) : stored.fileName();
		}
		Long id = jdbc.queryForObject("insert into call_document (call_id, title, file_name, content_type, size_bytes, "
				+ "storage_key, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class,
				callId, t, stored.fileName(), stored.contentType(), stored.sizeBytes(), stored.storageKey(), accountId,
				ts(now()));
		touch(callId);
		return id;
	}

	@Transactional
	public void removeDocument(long callId, long documentId) {
		CallCatalogue.DocumentView document = document(callId, documentId);
		jdbc.update("delete from call_document where id = ?", documentId);
		files.delete(document.storageKey());
		touch(callId);
	}

	public CallCatalogue.DocumentView document(long callId, long documentId) {
		return catalogue.documents(callId)
			.stream()
			.filter(d -> d.id() == documentId)
			.findFirst()
			.orElseThrow(() -> new CallNotFound("document " + documentId));
	}

	public java.util.Optional<java.nio.file.Path> file(CallCatalogue.DocumentView document) {
		return files.open(document.storageKey());
	}

	// ---------------------------------------------------------------------------------------------------------
	// Presentation workshops

	/** The typed fields of a workshop. */
	public record WorkshopInput(String date, String startTime, String endTime, String place, String communeCode,
			String onlineUrl, String description, String attendees) {
	}

	/** Adds a workshop (workshopId null) or changes one. */
	@Transactional
	public void saveWorkshop(long callId, Long workshopId, WorkshopInput in) {
		load(callId);
		List<Problem> problems = new ArrayList<>();
		LocalDate date = date(in.date(), "date", problems);
		if (date == null && (in.date() == null || in.date().isBlank())) {
			problems.add(new Problem("date", "call.workshop.error.date"));
		}
		LocalTime start = time(in.startTime(), "startTime", true, problems);
		LocalTime end = time(in.endTime(), "endTime", false, problems);
		if (start != null && end != null && !end.isAfter(start)) {
			problems.add(new Problem("endTime", "call.workshop.error.endBeforeStart"));
		}
		String place = strip(in.place());
		String commune = strip(in.communeCode());
		String url = strip(in.onlineUrl());
		String description = strip(in.description());
		if (place.length() > 300) {
			problems.add(new Problem("place", "call.error.tooLong", 300));
		}
		if (!commune.isEmpty() && !commune.matches("[0-9][0-9AB][0-9]{3}")) {
			problems.add(new Problem("communeCode", "call.workshop.error.commune"));
		}
		if (!url.isEmpty() && (!url.matches("https?://[^\\s<>\"]+") || url.length() > 500)) {
			problems.add(new Problem("onlineUrl", "call.workshop.error.url"));
		}
		if (place.isEmpty() && url.isEmpty()) {
			problems.add(new Problem("place", "call.workshop.error.where"));
		}
		if (description.length() > 2000) {
			problems.add(new Problem("description", "call.error.tooLong", 2000));
		}
		Integer attendees = null;
		if (!strip(in.attendees()).isEmpty()) {
			attendees = number(in.attendees(), "attendees", 0, 100_000, problems);
		}
		if (!problems.isEmpty()) {
			throw new CallRefused(problems);
		}
		Instant startsAt = date.atTime(start).atZone(CallForm.PARIS).toInstant();
		Instant endsAt = end == null ? null : date.atTime(end).atZone(CallForm.PARIS).toInstant();
		if (attendees != null && startsAt.isAfter(now())) {
			throw new CallRefused(List.of(new Problem("attendees", "call.workshop.error.attendeesFuture")));
		}
		String communeCode = commune.isEmpty() ? null : commune;
		String onlineUrl = url.isEmpty() ? null : url;
		if (workshopId == null) {
			workshopId = jdbc.queryForObject("insert into call_workshop (call_id, starts_at, ends_at, place, "
					+ "commune_code, online_url, description, attendees) values (?, ?, ?, ?, ?, ?, ?, ?) returning id",
					Long.class, callId, ts(startsAt), ts(endsAt), place, communeCode, onlineUrl, description, attendees);
		}
		else if (jdbc.update("update call_workshop set starts_at = ?, ends_at = ?, place = ?, commune_code = ?, "
				+ "online_url = ?, description = ?, attendees = ? where id = ? and call_id = ?", ts(startsAt),
				ts(endsAt), place, communeCode, onlineUrl, description, attendees, workshopId, callId) == 0) {
			throw new CallNotFound("workshop " + workshopId);
		}
		touch(callId);
		workshops.announce(callId, workshopId);
	}

	/** Cancels a workshop (or restores a cancelled one). */
	@Transactional
	public void cancelWorkshop(long callId, long workshopId, boolean cancelled) {
		if (jdbc.update("update call_workshop set cancelled = ? where id = ? and call_id = ?", cancelled, workshopId,
				callId) == 0) {
			throw new CallNotFound("workshop " + workshopId);
		}
		touch(callId);
		workshops.announce(callId, workshopId);
	}

	private static LocalTime time(String text, String field, boolean required, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			if (required) {
				problems.add(new Problem(field, "call.error.time"));
			}
			return null;
		}
		try {
			return LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new Problem(field, "call.error.time"));
			return null;
		}
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
