package org.gide.calls.dossiers;

import java.math.BigDecimal;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import org.gide.calls.Theme;
import org.gide.calls.dossiers.Dossier.Attachment;
import org.gide.calls.dossiers.Dossier.BudgetLine;
import org.gide.calls.dossiers.Dossier.LinkedNeed;
import org.gide.calls.dossiers.Dossier.Partner;
import org.gide.calls.dossiers.Dossier.Resource;
import org.gide.calls.dossiers.Dossier.UnmetRule;
import org.gide.calls.files.CallFiles;
import org.gide.directory.OrganisationMemberships;
import org.gide.directory.OrganisationNames;
import org.gide.files.RefusedFile;
import org.gide.files.StoredFile;
import org.gide.mail.Mailer;
import org.gide.web.RichText;

/**
 * Co-authored dossiers: opening one, editing it with optimistic locking (each save checks the version the form was
 * loaded at and keeps a JSON snapshot in {@code dossier_version}), partners' invitations and answers, the
 * completeness check and the submission that freezes it. Rights are checked here: administrators of an accepted
 * co-author organisation read and edit, administrators of an invited one see the summary and the invitation,
 * agents read everything, anyone else is told the dossier does not exist.
 */
@Service
public class Dossiers {

	/** What one person may do on one dossier. */
	public record Access(Actor actor, Set<Long> coauthorOrganisations, Set<Long> invitedOrganisations, boolean lead) {

		public boolean coauthor() {
			return !coauthorOrganisations.isEmpty();
		}

		public boolean invited() {
			return !invitedOrganisations.isEmpty();
		}

		public boolean canRead() {
			return actor.agent() || coauthor();
		}

		public boolean canEdit() {
			return coauthor();
		}

	}

	/** A line of "my dossiers": one of my organisations in one dossier. */
	public record Summary(long id, String title, String status, String callTitle, String callSlug,
			long organisationId, String organisationName, String role, String partnerStatus, Instant updatedAt,
			Instant deadline) {

		public boolean invitation() {
			return "INVITED".equals(partnerStatus);
		}

	}

	/** One kept version of a dossier. */
	public record Version(long version, String authorLabel, Instant savedAt, String section) {
	}

	/** A kept version with its snapshot's main fields and the whole snapshot as indented JSON. */
	public record VersionDetail(long version, String authorLabel, Instant savedAt, String section, String title,
			String summary, String descriptionHtml, String diagnosisText, String governanceHtml, List<String> themes,
			String json) {
	}

	/** An open need of a territory that a dossier may link to its diagnosis. */
	public record Need(long id, String title, String communeCode) {
	}

	/** The edited content of the "modifier" form. */
	public record Content(String title, String summary, String descriptionHtml, String diagnosisText,
			List<Long> needIds, List<String> themes, String governanceHtml) {
	}

	static final String SNAPSHOT = "jsonb_build_object('title', d.title, 'summary', d.summary, "
			+ "'descriptionHtml', d.description_html, 'diagnosisText', d.diagnosis_text, "
			+ "'governanceHtml', d.governance_html, 'themes', to_jsonb(d.themes), 'status', d.status, "
			+ "'submittedAt', d.submitted_at, "
			+ "'needs', coalesce((select jsonb_agg(n.need_id order by n.need_id) from dossier_need n "
			+ "where n.dossier_id = d.id), '[]'::jsonb), "
			+ "'partners', coalesce((select jsonb_agg(jsonb_build_object('organisationId', p.organisation_id, "
			+ "'role', p.role, 'status', p.status, 'signatoryName', p.signatory_name, "
			+ "'signatoryRole', p.signatory_role, 'budgetShare', p.budget_share, 'declineReason', p.decline_reason) "
			+ "order by p.invited_at, p.organisation_id) from dossier_partner p where p.dossier_id = d.id), '[]'::jsonb), "
			+ "'resources', coalesce((select jsonb_agg(jsonb_build_object('organisationId', r.organisation_id, "
			+ "'kind', r.kind, 'description', r.description) order by r.id) from dossier_resource r "
			+ "where r.dossier_id = d.id), '[]'::jsonb), "
			+ "'budget', coalesce((select jsonb_agg(jsonb_build_object('kind', b.kind, 'label', b.label, "
			+ "'organisationId', b.organisation_id, 'amount', b.amount) order by b.position, b.id) "
			+ "from dossier_budget_line b where b.dossier_id = d.id), '[]'::jsonb), "
			+ "'attachments', coalesce((select jsonb_agg(jsonb_build_object('title', a.title, 'fileName', a.file_name, "
			+ "'sizeBytes', a.size_bytes) order by a.id) from dossier_attachment a where a.dossier_id = d.id), '[]'::jsonb))";

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

	private final JdbcTemplate jdbc;

	private final OrganisationMemberships memberships;

	private final OrganisationNames names;

	private final CallFiles files;

	private final Mailer mailer;

	private final Clock clock;

	Dossiers(JdbcTemplate jdbc, OrganisationMemberships memberships, OrganisationNames names, CallFiles files,
			Mailer mailer, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.memberships = memberships;
		this.names = names;
		this.files = files;
		this.mailer = mailer;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public Instant now() {
		return clock.instant();
	}

	// ---------------------------------------------------------------------------------------------------- reading

	public Optional<CallRules> callBySlug(String slug) {
		return jdbc.query("select * from call where slug = ?", this::callRow, slug).stream().findFirst();
	}

	public Optional<CallRules> call(long id) {
		return jdbc.query("select * from call where id = ?", this::callRow, id).stream().findFirst();
	}

	private CallRules callRow(ResultSet rs, int n) throws SQLException {
		return new CallRules(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("status"),
				instant(rs, "opens_at"), instant(rs, "deadline"), rs.getInt("min_organisations"),
				rs.getInt("min_themes"), rs.getBoolean("diagnosis_required"));
	}

	/** The dossier, whoever asks (rights are the caller's business). */
	public Optional<Dossier> load(long id) {
		List<Dossier> found = jdbc.query("select * from dossier where id = ?", (rs, n) -> new Dossier(rs.getLong("id"),
				rs.getLong("call_id"), rs.getLong("lead_organisation"), rs.getString("title"), rs.getString("summary"),
				RichText.sanitize(rs.getString("description_html")), rs.getString("diagnosis_text"),
				RichText.sanitize(rs.getString("governance_html")),
				strings(rs.getArray("themes")), rs.getString("status"), instant(rs, "submitted_at"),
				instant(rs, "created_at"), instant(rs, "updated_at"), rs.getLong("version"), partners(id), needs(id),
				resources(id), budget(id), attachments(id)), id);
		return found.stream().findFirst();
	}

	private List<Partner> partners(long id) {
		return jdbc.query("select * from dossier_partner where dossier_id = ? order by role = 'LEAD' desc, invited_at, "
				+ "organisation_id", (rs, n) -> new Partner(rs.getLong("organisation_id"),
						name(rs.getLong("organisation_id")), rs.getString("role"), rs.getString("status"),
						rs.getString("signatory_name"), rs.getString("signatory_role"),
						rs.getBigDecimal("budget_share"), instant(rs, "invited_at"), instant(rs, "answered_at"),
						rs.getString("decline_reason")), id);
	}

	private List<LinkedNeed> needs(long id) {
		return jdbc.query("select t.id, t.title, t.status from dossier_need n join territory_need t on t.id = n.need_id "
				+ "where n.dossier_id = ? order by t.title", (rs, n) -> new LinkedNeed(rs.getLong(1), rs.getString(2),
						rs.getString(3)), id);
	}

	private List<Resource> resources(long id) {
		return jdbc.query("select * from dossier_resource where dossier_id = ? order by organisation_id, id",
				(rs, n) -> new Resource(rs.getLong("id"), rs.getLong("organisation_id"),
						name(rs.getLong("organisation_id")), rs.getString("kind"), rs.getString("description")), id);
	}

	private List<BudgetLine> budget(long id) {
		return jdbc.query("select * from dossier_budget_line where dossier_id = ? order by kind, position, id",
				(rs, n) -> {
					Long organisation = rs.getObject("organisation_id") == null ? null : rs.getLong("organisation_id");
					return new BudgetLine(rs.getLong("id"), rs.getInt("position"), rs.getString("kind"),
							rs.getString("label"), organisation, organisation == null ? null : name(organisation),
							rs.getBigDecimal("amount"));
				}, id);
	}

	private List<Attachment> attachments(long id) {
		return jdbc.query("select * from dossier_attachment where dossier_id = ? order by uploaded_at, id",
				(rs, n) -> new Attachment(rs.getLong("id"), rs.getString("title"), rs.getString("file_name"),
						rs.getString("content_type"), rs.getLong("size_bytes"), instant(rs, "uploaded_at")), id);
	}

	String name(long organisationId) {
		return names.name(organisationId).orElse("#" + organisationId);
	}

	public Access access(Actor actor, Dossier dossier) {
		Set<Long> mine = memberships.administeredBy(actor.id())
			.stream()
			.map(OrganisationMemberships.Administered::organisationId)
			.collect(Collectors.toSet());
		Set<Long> coauthor = new LinkedHashSet<>();
		Set<Long> invited = new LinkedHashSet<>();
		for (Partner partner : dossier.partners()) {
			if (mine.contains(partner.organisationId())) {
				if (partner.accepted()) {
					coauthor.add(partner.organisationId());
				}
				else if (partner.invited()) {
					invited.add(partner.organisationId());
				}
			}
		}
		return new Access(actor, coauthor, invited, coauthor.contains(dossier.leadOrganisation()));
	}

	/** The dossier if this person may read it all; otherwise it does not exist for them. */
	public Dossier readable(Actor actor, long id) {
		Dossier dossier = load(id).orElseThrow(DossierNotFound::new);
		if (!access(actor, dossier).canRead()) {
			throw new DossierNotFound();
		}
		return dossier;
	}

	/** The dossier if this person may edit it now: a co-author's administrator, before submission. */
	public Dossier editable(Actor actor, long id) {
		Dossier dossier = load(id).orElseThrow(DossierNotFound::new);
		Access access = access(actor, dossier);
		if (!access.canEdit()) {
			throw access.canRead() ? new DossierForbidden() : new DossierNotFound();
		}
		if (dossier.submitted()) {
			throw new DossierFrozen(id);
		}
		return dossier;
	}

	/** My dossiers and invitations: one line per organisation I administer that is in a dossier. */
	public List<Summary> mine(Actor actor) {
		Long[] organisations = memberships.administeredBy(actor.id())
			.stream()
			.map(OrganisationMemberships.Administered::organisationId)
			.toArray(Long[]::new);
		if (organisations.length == 0) {
			return List.of();
		}
		return jdbc.query("select d.id, d.title, d.status, c.title as call_title, c.slug, p.organisation_id, p.role, "
				+ "p.status as partner_status, d.updated_at, c.deadline from dossier d join call c on c.id = d.call_id "
				+ "join dossier_partner p on p.dossier_id = d.id where p.organisation_id = any(?) "
				+ "and p.status <> 'DECLINED' order by d.updated_at desc, d.id, p.organisation_id",
				(rs, n) -> new Summary(rs.getLong("id"), rs.getString("title"), rs.getString("status"),
						rs.getString("call_title"), rs.getString("slug"), rs.getLong("organisation_id"),
						name(rs.getLong("organisation_id")), rs.getString("role"), rs.getString("partner_status"),
						instant(rs, "updated_at"), instant(rs, "deadline")),
				(Object) organisations);
	}

	public List<OrganisationMemberships.Administered> administered(Actor actor) {
		return memberships.administeredBy(actor.id());
	}

	/** The open needs of the territories, for the diagnosis (a dossier's linked needs stay listed). */
	public List<Need> openNeeds(Dossier dossier) {
		return jdbc.query("select id, title, commune_code from territory_need where status = 'OPEN' or id in "
				+ "(select need_id from dossier_need where dossier_id = ?) order by title, id",
				(rs, n) -> new Need(rs.getLong(1), rs.getString(2), rs.getString(3)), dossier.id());
	}

	public Optional<Need> need(long id) {
		return jdbc.query("select id, title, commune_code from territory_need where id = ?",
				(rs, n) -> new Need(rs.getLong(1), rs.getString(2), rs.getString(3)), id).stream().findFirst();
	}

	public List<Version> versions(long id) {
		return jdbc.query("select version, author_label, saved_at, section from dossier_version where dossier_id = ? "
				+ "order by version desc", (rs, n) -> new Version(rs.getLong(1), rs.getString(2), instant(rs, "saved_at"),
						rs.getString(4)), id);
	}

	public Optional<VersionDetail> version(long id, long version) {
		return jdbc.query("select version, author_label, saved_at, section, snapshot->>'title', snapshot->>'summary', "
				+ "snapshot->>'descriptionHtml', snapshot->>'diagnosisText', snapshot->>'governanceHtml', "
				+ "array(select jsonb_array_elements_text(snapshot->'themes')), jsonb_pretty(snapshot) "
				+ "from dossier_version where dossier_id = ? and version = ?",
				(rs, n) -> new VersionDetail(rs.getLong(1), rs.getString(2), instant(rs, "saved_at"), rs.getString(4),
						rs.getString(5), rs.getString(6), RichText.sanitize(rs.getString(7)), rs.getString(8),
						RichText.sanitize(rs.getString(9)), strings(rs.getArray(10)), rs.getString(11)),
				id, version).stream().findFirst();
	}

	/** Who saved the dossier last, and when (for the conflict message). */
	private StaleDossier stale(long id) {
		Dossier current = load(id).orElseThrow(DossierNotFound::new);
		if (current.submitted()) {
			return null;
		}
		return jdbc.query("select author_label, saved_at from dossier_version where dossier_id = ? "
				+ "order by version desc limit 1", rs -> rs.next()
						? new StaleDossier(rs.getString(1), instant(rs, "saved_at"), current)
						: new StaleDossier("?", current.updatedAt(), current), id);
	}

	private RuntimeException staleOrFrozen(long id) {
		StaleDossier stale = stale(id);
		return stale != null ? stale : new DossierFrozen(id);
	}

	// ---------------------------------------------------------------------------------------------------- writing

	/** Opens a dossier on an open call for an organisation the person administers; returns its id. */
	@Transactional
	public long open(Actor actor, String slug, Long leadOrganisation, String title, Long needId) {
		CallRules call = callBySlug(slug).orElseThrow(DossierNotFound::new);
		List<DossierRefused.Problem> problems = new ArrayList<>();
		if (!call.openAt(now())) {
			problems.add(new DossierRefused.Problem(null, call.deadlinePassed(now()) ? "dossiers.rule.deadline"
					: "dossiers.rule.callClosed"));
		}
		if (leadOrganisation == null || !memberships.administers(actor.id(), leadOrganisation)) {
			problems.add(new DossierRefused.Problem("leadOrganisation", "dossiers.open.error.lead"));
		}
		String cleanTitle = title == null ? "" : title.strip();
		if (cleanTitle.isEmpty()) {
			problems.add(new DossierRefused.Problem("title", "dossiers.error.title.required"));
		}
		else if (cleanTitle.length() > 200) {
			problems.add(new DossierRefused.Problem("title", "dossiers.error.tooLong", 200));
		}
		if (needId != null && need(needId).isEmpty()) {
			problems.add(new DossierRefused.Problem(null, "dossiers.open.error.need"));
		}
		if (!problems.isEmpty()) {
			throw new DossierRefused(problems);
		}
		Timestamp now = Timestamp.from(now());
		long id = jdbc.queryForObject("insert into dossier (call_id, lead_organisation, title, created_by, created_at, "
				+ "updated_at) values (?, ?, ?, ?, ?, ?) returning id", Long.class, call.id(), leadOrganisation,
				cleanTitle, actor.id(), now, now);
		jdbc.update("insert into dossier_partner (dossier_id, organisation_id, role, status, invited_by, invited_at, "
				+ "answered_by, answered_at) values (?, ?, 'LEAD', 'ACCEPTED', ?, ?, ?, ?)", id, leadOrganisation,
				actor.id(), now, actor.id(), now);
		if (needId != null) {
			jdbc.update("insert into dossier_need (dossier_id, need_id) values (?, ?)", id, needId);
		}
		keepVersion(id, actor, "creation");
		return id;
	}

	/** Saves the content sections, if the dossier is still at {@code version}. */
	@Transactional
	public void saveContent(Actor actor, long id, long version, Content content) {
		Dossier dossier = editable(actor, id);
		List<DossierRefused.Problem> problems = new ArrayList<>();
		String title = content.title() == null ? "" : content.title().strip();
		if (title.isEmpty()) {
			problems.add(new DossierRefused.Problem("title", "dossiers.error.title.required"));
		}
		else if (title.length() > 200) {
			problems.add(new DossierRefused.Problem("title", "dossiers.error.tooLong", 200));
		}
		String summary = content.summary() == null ? "" : content.summary().strip();
		if (summary.length() > 2000) {
			problems.add(new DossierRefused.Problem("summary", "dossiers.error.tooLong", 2000));
		}
		List<String> themes = new ArrayList<>();
		for (String code : content.themes() == null ? List.<String>of() : content.themes()) {
			Optional<Theme> theme = Theme.fromCode(code);
			if (theme.isEmpty()) {
				problems.add(new DossierRefused.Problem("themes", "dossiers.error.theme"));
			}
			else if (!themes.contains(theme.get().code())) {
				themes.add(theme.get().code());
			}
		}
		Set<Long> allowedNeeds = openNeeds(dossier).stream().map(Need::id).collect(Collectors.toSet());
		List<Long> needIds = content.needIds() == null ? List.of() : content.needIds().stream().distinct().toList();
		if (!allowedNeeds.containsAll(needIds)) {
			problems.add(new DossierRefused.Problem("needIds", "dossiers.error.need"));
		}
		if (!problems.isEmpty()) {
			throw new DossierRefused(problems);
		}
		int updated = jdbc.update("update dossier set title = ?, summary = ?, description_html = ?, diagnosis_text = ?, "
				+ "themes = ?, governance_html = ?, updated_at = ?, version = version + 1 "
				+ "where id = ? and version = ? and status = 'DRAFT'", title, summary,
				RichText.sanitize(content.descriptionHtml()), content.diagnosisText() == null ? ""
						: content.diagnosisText().strip(), themes.toArray(String[]::new),
				RichText.sanitize(content.governanceHtml()), Timestamp.from(now()), id, version);
		if (updated == 0) {
			throw staleOrFrozen(id);
		}
		jdbc.update("delete from dossier_need where dossier_id = ?", id);
		for (Long need : needIds) {
			jdbc.update("insert into dossier_need (dossier_id, need_id) values (?, ?)", id, need);
		}
		keepVersion(id, actor, "content");
	}

	@Transactional
	public void addResource(Actor actor, long id, long version, Long organisationId, String kind, String description) {
		Dossier dossier = editable(actor, id);
		List<DossierRefused.Problem> problems = new ArrayList<>();
		if (organisationId == null || dossier.partner(organisationId).filter(Partner::accepted).isEmpty()) {
			problems.add(new DossierRefused.Problem("organisationId", "dossiers.resources.error.organisation"));
		}
		if (!"MATERIAL".equals(kind) && !"IMMATERIAL".equals(kind)) {
			problems.add(new DossierRefused.Problem("kind", "dossiers.resources.error.kind"));
		}
		String text = description == null ? "" : description.strip();
		if (text.isEmpty()) {
			problems.add(new DossierRefused.Problem("description", "dossiers.resources.error.description"));
		}
		else if (text.length() > 2000) {
			problems.add(new DossierRefused.Problem("description", "dossiers.error.tooLong", 2000));
		}
		if (!problems.isEmpty()) {
			throw new DossierRefused(problems);
		}
		bump(id, version);
		jdbc.update("insert into dossier_resource (dossier_id, organisation_id, kind, description) values (?, ?, ?, ?)",
				id, organisationId, kind, text);
		keepVersion(id, actor, "resources");
	}

	@Transactional
	public void removeResource(Actor actor, long id, long version, long resourceId) {
		editable(actor, id);
		bump(id, version);
		jdbc.update("delete from dossier_resource where id = ? and dossier_id = ?", resourceId, id);
		keepVersion(id, actor, "resources");
	}

	@Transactional
	public void addBudgetLine(Actor actor, long id, long version, String kind, String label, Long organisationId,
			String amount) {
		Dossier dossier = editable(actor, id);
		List<DossierRefused.Problem> problems = new ArrayList<>();
		if (!"EXPENSE".equals(kind) && !"RESOURCE".equals(kind)) {
			problems.add(new DossierRefused.Problem("kind", "dossiers.budget.error.kind"));
		}
		String text = label == null ? "" : label.strip();
		if (text.isEmpty()) {
			problems.add(new DossierRefused.Problem("label", "dossiers.budget.error.label"));
		}
		else if (text.length() > 300) {
			problems.add(new DossierRefused.Problem("label", "dossiers.error.tooLong", 300));
		}
		if (organisationId != null && dossier.partner(organisationId).filter(Partner::accepted).isEmpty()) {
			problems.add(new DossierRefused.Problem("organisationId", "dossiers.resources.error.organisation"));
		}
		BigDecimal value = amount(amount);
		if (value == null) {
			problems.add(new DossierRefused.Problem("amount", "dossiers.budget.error.amount"));
		}
		if (!problems.isEmpty()) {
			throw new DossierRefused(problems);
		}
		bump(id, version);
		jdbc.update("insert into dossier_budget_line (dossier_id, position, kind, label, organisation_id, amount) "
				+ "values (?, (select coalesce(max(position), 0) + 1 from dossier_budget_line where dossier_id = ?), "
				+ "?, ?, ?, ?)", id, id, kind, text, organisationId, value);
		keepVersion(id, actor, "budget");
	}

	@Transactional
	public void removeBudgetLine(Actor actor, long id, long version, long lineId) {
		editable(actor, id);
		bump(id, version);
		jdbc.update("delete from dossier_budget_line where id = ? and dossier_id = ?", lineId, id);
		keepVersion(id, actor, "budget");
	}

	/** Stores an attachment in the folder "dossier-{id}"; refused files throw {@link RefusedFile}. */
	@Transactional
	public void addAttachment(Actor actor, long id, long version, String title, MultipartFile file) {
		editable(actor, id);
		String text = title == null ? "" : title.strip();
		if (text.length() > 200) {
			throw new DossierRefused("title", "dossiers.error.tooLong", 200);
		}
		bump(id, version);
		StoredFile stored = files.store("dossier-" + id, file);
		jdbc.update("insert into dossier_attachment (dossier_id, title, file_name, content_type, size_bytes, "
				+ "storage_key, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", id,
				text.isEmpty() ? stored.fileName() : text, stored.fileName(), stored.contentType(), stored.sizeBytes(),
				stored.storageKey(), actor.id(), Timestamp.from(now()));
		keepVersion(id, actor, "attachments");
	}

	@Transactional
	public void removeAttachment(Actor actor, long id, long version, long attachmentId) {
		editable(actor, id);
		bump(id, version);
		List<String> keys = jdbc.queryForList("delete from dossier_attachment where id = ? and dossier_id = ? "
				+ "returning storage_key", String.class, attachmentId, id);
		keepVersion(id, actor, "attachments");
		keys.forEach(files::delete);
	}

	/** The stored file of an attachment, for whoever may read the dossier. */
	public Optional<Map.Entry<Attachment, java.nio.file.Path>> attachmentFile(Actor actor, long id, long attachmentId) {
		Dossier dossier = readable(actor, id);
		return dossier.attachments().stream().filter(a -> a.id() == attachmentId).findFirst().flatMap(a -> {
			String key = jdbc.queryForObject("select storage_key from dossier_attachment where id = ?", String.class,
					attachmentId);
			return files.open(key).map(path -> Map.entry(a, path));
		});
	}

	/** Invites an organisation (again, if it had declined); its administrators get a mail. */
	@Transactional
	public List<String> invite(Actor actor, long id, long version, long organisationId) {
		Dossier dossier = editable(actor, id);
		String name = names.name(organisationId).orElseThrow(
				() -> new DossierRefused("organisation", "dossiers.partners.error.unknown"));
		Optional<Partner> existing = dossier.partner(organisationId);
		if (existing.isPresent() && !"DECLINED".equals(existing.get().status())) {
			throw new DossierRefused("organisation", "dossiers.partners.error.already", name);
		}
		bump(id, version);
		Timestamp now = Timestamp.from(now());
		jdbc.update("insert into dossier_partner (dossier_id, organisation_id, role, status, invited_by, invited_at) "
				+ "values (?, ?, 'PARTNER', 'INVITED', ?, ?) on conflict (dossier_id, organisation_id) do update set "
				+ "status = 'INVITED', invited_by = excluded.invited_by, invited_at = excluded.invited_at, "
				+ "answered_by = null, answered_at = null, decline_reason = null", id, organisationId, actor.id(), now);
		keepVersion(id, actor, "partners");
		List<String> recipients = new ArrayList<>();
		for (OrganisationMemberships.Administrator admin : memberships.administrators(organisationId)) {
			mailer.send(admin.email(), Locale.FRENCH, "dossiers.mail.invitation.subject",
					new Object[] { dossier.leadName() }, "calls-dossier-invitation",
					Map.of("organisation", name, "lead", dossier.leadName(), "title", dossier.title(), "summary",
							dossier.summary(), "inviter", actor.name(), "dossierId", id));
			recipients.add(admin.email());
		}
		return recipients;
	}

	/**
	 * An administrator of an invited organisation accepts (naming its signatory and its budget share) or declines
	 * (with a reason); the lead's administrators get a mail.
	 */
	@Transactional
	public void answer(Actor actor, long id, long organisationId, boolean accept, String signatoryName,
			String signatoryRole, String budgetShare, String reason) {
		Dossier dossier = load(id).orElseThrow(DossierNotFound::new);
		Access access = access(actor, dossier);
		if (!access.invitedOrganisations().contains(organisationId)) {
			if (access.canRead() || access.invited()) {
				throw new DossierRefused("organisationId", "dossiers.invitation.error.organisation");
			}
			throw new DossierNotFound();
		}
		if (dossier.submitted()) {
			throw new DossierFrozen(id);
		}
		List<DossierRefused.Problem> problems = new ArrayList<>();
		String name = text(signatoryName);
		String role = text(signatoryRole);
		String why = text(reason);
		BigDecimal share = null;
		if (accept) {
			if (name.isEmpty()) {
				problems.add(new DossierRefused.Problem("signatoryName", "dossiers.invitation.error.signatoryName"));
			}
			if (role.isEmpty()) {
				problems.add(new DossierRefused.Problem("signatoryRole", "dossiers.invitation.error.signatoryRole"));
			}
			if (name.length() > 200 || role.length() > 200) {
				problems.add(new DossierRefused.Problem(name.length() > 200 ? "signatoryName" : "signatoryRole",
						"dossiers.error.tooLong", 200));
			}
			if (budgetShare != null && !budgetShare.isBlank()) {
				share = amount(budgetShare);
				if (share == null) {
					problems.add(new DossierRefused.Problem("budgetShare", "dossiers.budget.error.amount"));
				}
			}
		}
		else {
			if (why.isEmpty()) {
				problems.add(new DossierRefused.Problem("reason", "dossiers.invitation.error.reason"));
			}
			else if (why.length() > 1000) {
				problems.add(new DossierRefused.Problem("reason", "dossiers.error.tooLong", 1000));
			}
		}
		if (!problems.isEmpty()) {
			throw new DossierRefused(problems);
		}
		int updated = jdbc.update("update dossier set version = version + 1, updated_at = ? where id = ? and "
				+ "status = 'DRAFT'", Timestamp.from(now()), id);
		if (updated == 0) {
			throw new DossierFrozen(id);
		}
		jdbc.update("update dossier_partner set status = ?, signatory_name = ?, signatory_role = ?, budget_share = ?, "
				+ "answered_by = ?, answered_at = ?, decline_reason = ? where dossier_id = ? and organisation_id = ? "
				+ "and status = 'INVITED'", accept ? "ACCEPTED" : "DECLINED", accept ? name : null,
				accept ? role : null, share, actor.id(), Timestamp.from(now()), accept ? null : why, id,
				organisationId);
		keepVersion(id, actor, "partners");
		String organisation = name(organisationId);
		for (OrganisationMemberships.Administrator admin : memberships.administrators(dossier.leadOrganisation())) {
			mailer.send(admin.email(), Locale.FRENCH,
					accept ? "dossiers.mail.accepted.subject" : "dossiers.mail.declined.subject",
					new Object[] { organisation, dossier.title() }, accept ? "calls-dossier-accepted"
							: "calls-dossier-declined",
					Map.of("organisation", organisation, "title", dossier.title(), "reason", why, "signatory",
							name + (role.isEmpty() ? "" : ", " + role), "dossierId", id));
		}
	}

	/** A co-author's administrator names (or changes) the signatory and budget share of their organisation. */
	@Transactional
	public void setSignatory(Actor actor, long id, long version, long organisationId, String signatoryName,
			String signatoryRole, String budgetShare) {
		Dossier dossier = editable(actor, id);
		if (!access(actor, dossier).coauthorOrganisations().contains(organisationId)) {
			throw new DossierRefused("organisationId", "dossiers.invitation.error.organisation");
		}
		List<DossierRefused.Problem> problems = new ArrayList<>();
		String name = text(signatoryName);
		String role = text(signatoryRole);
		if (name.isEmpty()) {
			problems.add(new DossierRefused.Problem("signatoryName", "dossiers.invitation.error.signatoryName"));
		}
		if (role.isEmpty()) {
			problems.add(new DossierRefused.Problem("signatoryRole", "dossiers.invitation.error.signatoryRole"));
		}
		if (name.length() > 200 || role.length() > 200) {
			problems.add(new DossierRefused.Problem("signatoryName", "dossiers.error.tooLong", 200));
		}
		BigDecimal share = null;
		if (budgetShare != null && !budgetShare.isBlank()) {
			share = amount(budgetShare);
			if (share == null) {
				problems.add(new DossierRefused.Problem("budgetShare", "dossiers.budget.error.amount"));
			}
		}
		if (!problems.isEmpty()) {
			throw new DossierRefused(problems);
		}
		bump(id, version);
		jdbc.update("update dossier_partner set signatory_name = ?, signatory_role = ?, budget_share = ? "
				+ "where dossier_id = ? and organisation_id = ?", name, role, share, id, organisationId);
		keepVersion(id, actor, "partners");
	}

	/**
	 * Submits the dossier for the lead organisation: the call's rules are checked again here, with the server's
	 * clock; refused with every unmet rule. On success it is frozen and every co-author's administrators are told.
	 */
	@Transactional
	public void submit(Actor actor, long id, long version) {
		jdbc.queryForList("select id from dossier where id = ? for update", Long.class, id);
		Dossier dossier = load(id).orElseThrow(DossierNotFound::new);
		Access access = access(actor, dossier);
		if (!access.lead()) {
			throw access.canRead() ? new DossierForbidden() : new DossierNotFound();
		}
		if (dossier.submitted()) {
			throw new DossierFrozen(id);
		}
		if (dossier.version() != version) {
			throw stale(id);
		}
		CallRules call = call(dossier.callId()).orElseThrow(DossierNotFound::new);
		List<UnmetRule> unmet = dossier.unmetRules(call, now());
		if (!unmet.isEmpty()) {
			throw new Unmet(unmet);
		}
		Timestamp now = Timestamp.from(now());
		jdbc.update("update dossier set status = 'SUBMITTED', submitted_at = ?, submitted_by = ?, updated_at = ?, "
				+ "version = version + 1 where id = ? and version = ?", now, actor.id(), now, id, version);
		keepVersion(id, actor, "submission");
		for (Partner partner : dossier.coauthors()) {
			for (OrganisationMemberships.Administrator admin : memberships.administrators(partner.organisationId())) {
				mailer.send(admin.email(), Locale.FRENCH, "dossiers.mail.submitted.subject",
						new Object[] { dossier.title() }, "calls-dossier-submitted",
						Map.of("organisation", partner.name(), "title", dossier.title(), "call", call.title(),
								"dossierId", id));
			}
		}
	}

	/** The submission was refused: the rules of the call the dossier does not meet. */
	public static class Unmet extends RuntimeException {

		private final List<UnmetRule> rules;

		Unmet(List<UnmetRule> rules) {
			super(rules.stream().map(UnmetRule::key).toList().toString());
			this.rules = List.copyOf(rules);
		}

		public List<UnmetRule> rules() {
			return rules;
		}

	}

	// ---------------------------------------------------------------------------------------------------- export

	/** The rows of the agents' CSV export of a call's dossiers (header first). */
	public List<List<String>> export(long callId) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("id", "titre", "statut", "porteur", "partenaires", "entrees_thematiques", "diagnostic",
				"besoins_lies", "total_depenses", "total_ressources", "depose_le", "decision"));
		List<Long> ids = jdbc.queryForList("select id from dossier where call_id = ? order by id", Long.class, callId);
		for (Long id : ids) {
			Dossier d = load(id).orElseThrow();
			String decision = jdbc.query("select outcome from dossier_decision where dossier_id = ?",
					rs -> rs.next() ? rs.getString(1) : "", id);
			rows.add(List.of(String.valueOf(d.id()), d.title(), d.status(), d.leadName(),
					d.partners().stream().filter(p -> !p.lead()).map(p -> p.name() + " (" + p.status() + ")")
						.collect(Collectors.joining(", ")),
					String.join(", ", d.themes()), d.hasDiagnosis() ? "oui" : "non",
					d.needs().stream().map(LinkedNeed::title).collect(Collectors.joining(", ")),
					d.expenses().toPlainString(), d.incomes().toPlainString(),
					d.submittedAt() == null ? "" : d.submittedAt().toString(), decision));
		}
		return rows;
	}

	// ---------------------------------------------------------------------------------------------------- helpers

	/** Takes the dossier from {@code version} to the next, or throws the conflict (or frozen) exception. */
	private void bump(long id, long version) {
		int updated = jdbc.update("update dossier set version = version + 1, updated_at = ? where id = ? and version = ? "
				+ "and status = 'DRAFT'", Timestamp.from(now()), id, version);
		if (updated == 0) {
			throw staleOrFrozen(id);
		}
	}

	private void keepVersion(long id, Actor actor, String section) {
		jdbc.update("insert into dossier_version (dossier_id, version, author_id, author_label, saved_at, section, "
				+ "snapshot) select d.id, d.version, ?, ?, ?, ?, " + SNAPSHOT + " from dossier d where d.id = ?",
				actor.id(), actor.name(), Timestamp.from(now()), section, id);
	}

	/** A non-negative amount with at most two decimals, French or English notation; null if invalid. */
	static BigDecimal amount(String text) {
		if (text == null) {
			return null;
		}
		String clean = text.replaceAll("[\\s\\u00a0\\u202f€]", "").replace(',', '.');
		if (!clean.matches("\\d{1,10}(\\.\\d{1,2})?")) {
			return null;
		}
		BigDecimal value = new BigDecimal(clean);
		return value.compareTo(MAX_AMOUNT) > 0 ? null : value;
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
