package org.gide.calls.needs;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.calls.Theme;
import org.gide.directory.OrganisationMemberships;
import org.gide.territory.Commune;
import org.gide.territory.Communes;
import org.gide.territory.TypedCommune;
import org.gide.territory.Territories;
import org.gide.territory.TerritoryRef;

/**
 * The needs of territories: posting in the name of an administered organisation, editing and closing (its
 * administrators and agents, optimistic locking), joining and leaving, and the reads of the list, the page and the
 * map. Tables {@code territory_need} and {@code territory_need_supporter}; {@code dossier_need}, {@code dossier} and
 * {@code call} are only read.
 */
@Service
@Transactional
class Needs {

	static final int TITLE_MAX = 200;

	static final int TEXT_MAX = 8000;

	static final int COMMENT_MAX = 1000;

	private final JdbcTemplate jdbc;

	private final OrganisationMemberships memberships;

	private final Communes communes;

	private final Territories territories;

	private final ObjectProvider<Clock> clock;

	Needs(JdbcTemplate jdbc, OrganisationMemberships memberships, Communes communes, Territories territories,
			ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.memberships = memberships;
		this.communes = communes;
		this.territories = territories;
		this.clock = clock;
	}

	Instant now() {
		return clock.getIfAvailable(Clock::systemUTC).instant();
	}

	// — reads

	private static final String COLUMNS = "id, title, description, evidence, commune_code, epci_code, themes, "
			+ "organisation_id, posted_by, posted_at, status, version";

	private static Need need(ResultSet rs, int n) throws SQLException {
		return new Need(rs.getLong("id"), rs.getString("title"), rs.getString("description"), rs.getString("evidence"),
				rs.getString("commune_code"), rs.getString("epci_code"), themes(rs.getArray("themes")),
				rs.getLong("organisation_id"), rs.getLong("posted_by"), rs.getTimestamp("posted_at").toInstant(),
				Need.Status.valueOf(rs.getString("status")), rs.getLong("version"));
	}

	static List<Theme> themes(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray())
			.map(o -> Theme.fromCode((String) o))
			.flatMap(Optional::stream)
			.sorted()
			.toList();
	}

	@Transactional(readOnly = true)
	Need load(long id) {
		return jdbc.query("select " + COLUMNS + " from territory_need where id = ?", Needs::need, id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NeedNotFound(id));
	}

	/** A row of the list: the need, how many organisations support it, and its answers. */
	record Row(Need need, int supporters, boolean answered, boolean preparing) {
	}

	/** One page of rows and the number of needs the filter selects. */
	record Page(List<Row> rows, long total, int page, int pages) {
	}

	private static final String ANSWERED = "exists (select 1 from dossier_need dn join dossier d on d.id = dn.dossier_id "
			+ "where dn.need_id = n.id and d.status = 'SUBMITTED')";

	private static final String PREPARING = "exists (select 1 from dossier_need dn join dossier d on d.id = dn.dossier_id "
			+ "where dn.need_id = n.id and d.status = 'DRAFT')";

	@Transactional(readOnly = true)
	Page list(NeedFilter filter, int pageSize) {
		StringBuilder where = new StringBuilder(" where true");
		List<Object> args = new ArrayList<>();
		switch (filter.state()) {
			case OPEN -> where.append(" and n.status = 'OPEN'");
			case CLOSED -> where.append(" and n.status = 'CLOSED'");
			case ALL -> {
			}
		}
		if (filter.epci() != null) {
			where.append(" and n.epci_code = ?");
			args.add(filter.epci());
		}
		if (filter.territory() != null) {
			String[] codes = territories.communesOf(filter.territory()).stream().map(Commune::code).toArray(String[]::new);
			where.append(" and n.commune_code = any(?::text[])");
			args.add(codes);
		}
		if (filter.theme() != null) {
			where.append(" and ? = any(n.themes)");
			args.add(filter.theme().code());
		}
		if (filter.unanswered()) {
			where.append(" and not ").append(ANSWERED);
		}
		long total = jdbc.queryForObject("select count(*) from territory_need n" + where, Long.class, args.toArray());
		int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
		int page = Math.min(Math.max(1, filter.page()), pages);
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageSize);
		pageArgs.add((long) (page - 1) * pageSize);
		List<Row> rows = jdbc.query("select n.*, (select count(*) from territory_need_supporter s where s.need_id = n.id) "
				+ "as supporters, " + ANSWERED + " as answered, " + PREPARING + " as preparing from territory_need n"
				+ where + " order by n.posted_at desc, n.id desc limit ? offset ?",
				(rs, n) -> new Row(need(rs, n), rs.getInt("supporters"), rs.getBoolean("answered"),
						rs.getBoolean("preparing")),
				pageArgs.toArray());
		return new Page(rows, total, page, pages);
	}

	/** An organisation that joined a need, with the comment it left. */
	record Supporter(long organisationId, Instant joinedAt, String comment) {
	}

	@Transactional(readOnly = true)
	List<Supporter> supporters(long needId) {
		return jdbc.query("select organisation_id, joined_at, comment from territory_need_supporter where need_id = ? "
				+ "order by joined_at, organisation_id", (rs, n) -> new Supporter(rs.getLong(1),
						rs.getTimestamp(2).toInstant(), rs.getString(3)), needId);
	}

	/** A dossier that answers the need (linked through {@code dossier_need}), with its call. */
	record Answer(long dossierId, String title, boolean submitted, String callSlug, String callTitle) {
	}

	@Transactional(readOnly = true)
	List<Answer> answers(long needId) {
		return jdbc.query("select d.id, d.title, d.status = 'SUBMITTED', c.slug, c.title from dossier_need dn "
				+ "join dossier d on d.id = dn.dossier_id join call c on c.id = d.call_id where dn.need_id = ? "
				+ "order by d.submitted_at nulls last, d.id", (rs, n) -> new Answer(rs.getLong(1), rs.getString(2),
						rs.getBoolean(3), rs.getString(4), rs.getString(5)), needId);
	}

	/** A call open to answers where the need is: published, deadline ahead, for the need's territory or everywhere. */
	record OpenCall(String slug, String title, Instant deadline) {
	}

	@Transactional(readOnly = true)
	List<OpenCall> openCalls(Need need) {
		String territory = need.communeCode() == null ? null
				: territories.ofCommune(need.communeCode()).map(TerritoryRef::slug).orElse(null);
		return jdbc.query("select slug, title, deadline from call where status = 'PUBLISHED' and deadline > ? "
				+ "and (cardinality(territories) = 0 or ? = any(territories)) order by deadline, id",
				(rs, n) -> new OpenCall(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
				Timestamp.from(now()), territory);
	}

	/** The open needs of one EPCI: how many, answered by a submitted dossier, and in preparation (drafts only). */
	record EpciCount(String epciCode, int open, int answered, int preparing) {

		int unanswered() {
			return open - answered;
		}

		/** Open needs that no dossier at all answers yet. */
		int withoutAnyAnswer() {
			return open - answered - preparing;
		}

	}

	@Transactional(readOnly = true)
	List<EpciCount> countsByEpci() {
		return jdbc.query("select epci_code, count(*), count(*) filter (where answered), "
				+ "count(*) filter (where not answered and preparing) from (select n.epci_code, " + ANSWERED
				+ " as answered, " + PREPARING + " as preparing from territory_need n where n.status = 'OPEN' "
				+ "and n.epci_code is not null) x group by epci_code",
				(rs, n) -> new EpciCount(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)));
	}

	// — writes

	/** Posts a need in the name of an organisation the visitor administers; returns its id. */
	long post(NeedForm form, Visitor visitor) {
		if (form.getOrganisation() == null || !memberships.administers(visitor.id(), form.getOrganisation())) {
			if (memberships.administeredBy(visitor.id()).isEmpty()) {
				throw new AccessDeniedException("Account " + visitor.id() + " administers no organisation");
			}
			if (form.getOrganisation() != null) {
				throw new AccessDeniedException("Account " + visitor.id() + " does not administer "
						+ form.getOrganisation());
			}
		}
		Valid valid = validate(form, true);
		return jdbc.queryForObject("insert into territory_need (title, description, evidence, commune_code, epci_code, "
				+ "themes, organisation_id, posted_by, posted_at) values (?, ?, ?, ?, ?, ?::text[], ?, ?, ?) returning id",
				Long.class, valid.title, valid.description, valid.evidence, valid.commune.code(),
				valid.commune.epci() == null ? null : valid.commune.epci().code(), valid.themeCodes(),
				form.getOrganisation(), visitor.id(), Timestamp.from(now()));
	}

	/** May the visitor edit, close and reopen this need? */
	@Transactional(readOnly = true)
	boolean canEdit(Need need, Visitor visitor) {
		return need.editableBy(visitor, memberships.administers(visitor.id(), need.organisationId()));
	}

	private Need editable(long id, Visitor visitor) {
		Need need = load(id);
		if (!canEdit(need, visitor)) {
			throw new AccessDeniedException("Account " + visitor.id() + " may not edit need " + id);
		}
		return need;
	}

	/** Saves the form if the need is still at the form's version; otherwise {@link NeedConflict}. */
	void edit(long id, NeedForm form, Visitor visitor) {
		Need need = editable(id, visitor);
		Valid valid = validate(form, false);
		int updated = jdbc.update("update territory_need set title = ?, description = ?, evidence = ?, commune_code = ?, "
				+ "epci_code = ?, themes = ?::text[], version = version + 1 where id = ? and version = ?", valid.title,
				valid.description, valid.evidence, valid.commune.code(),
				valid.commune.epci() == null ? null : valid.commune.epci().code(), valid.themeCodes(), need.id(),
				form.getVersion());
		if (updated == 0) {
			throw new NeedConflict(id);
		}
	}

	/** Closes (or reopens) the need if it is still at {@code version}. */
	void setStatus(long id, long version, Need.Status status, Visitor visitor) {
		editable(id, visitor);
		int updated = jdbc.update("update territory_need set status = ?, version = version + 1 where id = ? and version = ?",
				status.name(), id, version);
		if (updated == 0) {
			throw new NeedConflict(id);
		}
	}

	/** The organisation joins the need; false when it already supported it. Only its administrators may. */
	boolean join(long id, long organisationId, String comment, Visitor visitor) {
		Need need = load(id);
		if (!memberships.administers(visitor.id(), organisationId)) {
			throw new AccessDeniedException("Account " + visitor.id() + " does not administer " + organisationId);
		}
		String text = comment == null ? "" : comment.strip();
		if (text.length() > COMMENT_MAX) {
			throw new NeedRefused(List.of(new NeedRefused.Problem("comment", "calls.needs.error.comment.long", COMMENT_MAX)));
		}
		if (!need.joinable()) {
			throw new NeedRefused(List.of(new NeedRefused.Problem(null, "calls.needs.error.closed")));
		}
		if (need.organisationId() == organisationId) {
			throw new NeedRefused(List.of(new NeedRefused.Problem("organisation", "calls.needs.error.ownNeed")));
		}
		return jdbc.update("insert into territory_need_supporter (need_id, organisation_id, joined_by, joined_at, comment) "
				+ "values (?, ?, ?, ?, ?) on conflict do nothing", id, organisationId, visitor.id(),
				Timestamp.from(now()), text) == 1;
	}

	/** The organisation leaves the need (its administrators, or an agent); false when it was not a supporter. */
	boolean leave(long id, long organisationId, Visitor visitor) {
		load(id);
		if (!visitor.agent() && !memberships.administers(visitor.id(), organisationId)) {
			throw new AccessDeniedException("Account " + visitor.id() + " does not administer " + organisationId);
		}
		return jdbc.update("delete from territory_need_supporter where need_id = ? and organisation_id = ?", id,
				organisationId) == 1;
	}

	// — validation

	private record Valid(String title, String description, String evidence, Commune commune, Set<Theme> themes) {

		String[] themeCodes() {
			return themes.stream().sorted().map(Theme::code).toArray(String[]::new);
		}

	}

	private Valid validate(NeedForm form, boolean posting) {
		List<NeedRefused.Problem> problems = new ArrayList<>();
		if (posting && form.getOrganisation() == null) {
			problems.add(new NeedRefused.Problem("organisation", "calls.needs.error.organisation.required"));
		}
		String title = form.getTitle().strip();
		if (title.isEmpty()) {
			problems.add(new NeedRefused.Problem("title", "calls.needs.error.title.required"));
		}
		else if (title.length() > TITLE_MAX) {
			problems.add(new NeedRefused.Problem("title", "calls.needs.error.tooLong", TITLE_MAX));
		}
		String description = form.getDescription().strip();
		if (description.isEmpty()) {
			problems.add(new NeedRefused.Problem("description", "calls.needs.error.description.required"));
		}
		else if (description.length() > TEXT_MAX) {
			problems.add(new NeedRefused.Problem("description", "calls.needs.error.tooLong", TEXT_MAX));
		}
		String evidence = form.getEvidence().strip();
		if (evidence.isEmpty()) {
			problems.add(new NeedRefused.Problem("evidence", "calls.needs.error.evidence.required"));
		}
		else if (evidence.length() > TEXT_MAX) {
			problems.add(new NeedRefused.Problem("evidence", "calls.needs.error.tooLong", TEXT_MAX));
		}
		Commune commune = null;
		try {
			commune = commune(form.getCommune(), form.getCommuneCode()).orElse(null);
			if (commune == null) {
				problems.add(new NeedRefused.Problem("commune", "calls.needs.error.commune.required"));
			}
		}
		catch (NeedRefused refused) {
			problems.addAll(refused.problems);
		}
		Set<Theme> themes = new LinkedHashSet<>();
		for (String code : form.getThemes()) {
			Optional<Theme> theme = Theme.fromCode(code);
			if (theme.isEmpty()) {
				problems.add(new NeedRefused.Problem("themes", "calls.needs.error.theme.unknown", code));
			}
			theme.ifPresent(themes::add);
		}
		if (themes.isEmpty() && problems.stream().noneMatch(p -> "themes".equals(p.field()))) {
			problems.add(new NeedRefused.Problem("themes", "calls.needs.error.themes.required"));
		}
		if (!problems.isEmpty()) {
			throw new NeedRefused(problems);
		}
		return new Valid(title, description, evidence, commune, themes);
	}

	/** The commune of the form ({@link TypedCommune}), refused with the needs' messages. */
	Optional<Commune> commune(String typed, String chosenCode) {
		TypedCommune.Resolution resolution = TypedCommune.resolve(communes, typed, chosenCode);
		if (resolution.problem() == TypedCommune.Problem.NONE) {
			return resolution.commune();
		}
		throw new NeedRefused(List.of(new NeedRefused.Problem("commune",
				resolution.problem() == TypedCommune.Problem.UNKNOWN ? "calls.needs.error.commune.unknown"
						: "calls.needs.error.commune.ambiguous",
				typed.strip())));
	}

	/** The form's values that differ from the need saved meanwhile: field, saved value, the visitor's value. */
	record Difference(String field, String theirs, String yours) {
	}

	List<Difference> differences(Need now, NeedForm form) {
		List<Difference> differences = new ArrayList<>();
		add(differences, "title", now.title(), form.getTitle().strip());
		add(differences, "description", now.description(), form.getDescription().strip());
		add(differences, "evidence", now.evidence(), form.getEvidence().strip());
		String savedCommune = now.communeCode() == null ? "" : communes.find(now.communeCode()).map(Commune::nom).orElse(now.communeCode());
		add(differences, "commune", savedCommune, form.getCommune().strip());
		String savedThemes = String.join(", ", now.themes().stream().map(Theme::code).sorted().toList());
		String yourThemes = String.join(", ", form.getThemes().stream().sorted().toList());
		add(differences, "themes", savedThemes, yourThemes);
		return differences;
	}

	private static void add(List<Difference> list, String field, String theirs, String yours) {
		if (!Objects.equals(theirs, yours)) {
			list.add(new Difference(field, theirs, yours));
		}
	}

}
