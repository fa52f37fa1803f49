package org.gide.calls.laureates;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.calls.DeliverablePublished;
import org.gide.calls.DeliverableUnpublished;
import org.gide.calls.files.CallFiles;
import org.gide.directory.OrganisationMemberships;
import org.gide.directory.Organisations;
import org.gide.files.RefusedFile;
import org.gide.files.StoredFile;

/**
 * Laureates of the appels à commun(s), their deliverables and their retour d'expérience. A dossier is a laureate
 * when its decision is LAUREATE and its call's results are published; its co-authors are the organisations of its
 * accepted partner rows (the lead included), and any administrator of one of them acts for the dossier, like agents.
 */
@Service
public class Laureates {

	/** Who acts: an account, and whether it is an agent of the Mission ESS (or an administrator of the platform). */
	record Actor(long accountId, String label, boolean agent) {
	}

	/** A laureate dossier with its call and its cooperating organisations' names (lead first). */
	public record Laureate(long dossierId, String title, long callId, String callTitle, String callSlug,
			List<String> organisations) {
	}

	/** A deliverable of a laureate; {@code publishedAt} null: not public. */
	public record Deliverable(long id, long dossierId, String title, String description, Licence licence,
			String fileName, Long sizeBytes, String externalUrl, Instant uploadedAt, Instant publishedAt) {

		public boolean published() {
			return publishedAt != null;
		}

		public boolean hasFile() {
			return fileName != null;
		}

		/** Where the public (or a co-author) finds it: the download route or the external address. */
		public String href() {
			return hasFile() ? "/livrables/" + id + "/fichier" : externalUrl;
		}

	}

	/** The retour d'expérience of a dossier, with who saved it last and when. */
	public record Feedback(String buildingTheDossier, String cooperation, String difficulties, String advice,
			int satisfaction, String answeredByLabel, Instant answeredAt) {
	}

	/** A refused change: the problems, by form field (message keys of the laureates bundle, with arguments). */
	static final class Refused extends RuntimeException {

		final List<Problem> problems;

		Refused(List<Problem> problems) {
			super(problems.toString());
			this.problems = List.copyOf(problems);
		}

	}

	record Problem(String field, String code, Object... args) {
	}

	private static final String LAUREATE = "select d.id, d.title, c.id as call_id, c.title as call_title, c.slug, "
			+ "d.lead_organisation from dossier d join dossier_decision x on x.dossier_id = d.id "
			+ "and x.outcome = 'LAUREATE' join call c on c.id = d.call_id where c.results_published_at is not null ";

	private static final String DELIVERABLE = "select id, dossier_id, title, description, licence, file_name, "
			+ "size_bytes, external_url, uploaded_at, published_at, storage_key from deliverable ";

	private final JdbcTemplate jdbc;

	private final Organisations organisations;

	private final OrganisationMemberships memberships;

	private final CallFiles files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Laureates(JdbcTemplate jdbc, Organisations organisations, OrganisationMemberships memberships, CallFiles files,
			ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.memberships = memberships;
		this.files = files;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Every laureate of the published results, most recent results first. */
	public List<Laureate> all() {
		return jdbc.query(LAUREATE + "order by c.results_published_at desc, c.id, d.title, d.id",
				(rs, i) -> new Laureate(rs.getLong("id"), rs.getString("title"), rs.getLong("call_id"),
						rs.getString("call_title"), rs.getString("slug"),
						names(coAuthors(rs.getLong("id"), rs.getLong("lead_organisation")))));
	}

	public Optional<Laureate> find(long dossierId) {
		return jdbc
			.query(LAUREATE + "and d.id = ?",
					(rs, i) -> new Laureate(rs.getLong("id"), rs.getString("title"), rs.getLong("call_id"),
							rs.getString("call_title"), rs.getString("slug"),
							names(coAuthors(rs.getLong("id"), rs.getLong("lead_organisation")))),
					dossierId)
			.stream()
			.findFirst();
	}

	/** The co-author organisations of a dossier: its accepted partners, the lead first. */
	List<Long> coAuthors(long dossierId, long lead) {
		Set<Long> ids = new LinkedHashSet<>();
		ids.addAll(jdbc.queryForList("select organisation_id from dossier_partner where dossier_id = ? "
				+ "and status = 'ACCEPTED' order by (role = 'LEAD') desc, invited_at, organisation_id", Long.class,
				dossierId));
		if (!ids.contains(lead)) {
			List<Long> ordered = new ArrayList<>();
			ordered.add(lead);
			ordered.addAll(ids);
			return ordered;
		}
		return List.copyOf(ids);
	}

	private List<String> names(List<Long> ids) {
		return ids.stream().flatMap(id -> organisations.find(id).stream()).map(o -> o.name()).toList();
	}

	/** Whether the actor may post deliverables and feedback for this dossier: an agent, or a co-author's admin. */
	boolean mayAct(Actor actor, long dossierId) {
		if (actor == null) {
			return false;
		}
		if (actor.agent()) {
			return true;
		}
		Long lead = jdbc.query("select lead_organisation from dossier where id = ?", (rs, i) -> rs.getLong(1),
				dossierId).stream().findFirst().orElse(null);
		if (lead == null) {
			return false;
		}
		return coAuthors(dossierId, lead).stream().anyMatch(org -> memberships.administers(actor.accountId(), org));
	}

	/** The deliverables of a dossier, oldest first; only the published ones unless {@code all}. */
	public List<Deliverable> deliverables(long dossierId, boolean all) {
		return jdbc.query(DELIVERABLE + "where dossier_id = ?" + (all ? "" : " and published_at is not null")
				+ " order by uploaded_at, id", (rs, i) -> deliverable(rs), dossierId);
	}

	Optional<Deliverable> deliverable(long id) {
		return jdbc.query(DELIVERABLE + "where id = ?", (rs, i) -> deliverable(rs), id).stream().findFirst();
	}

	Optional<String> storageKey(long deliverableId) {
		return jdbc.queryForList("select storage_key from deliverable where id = ? and storage_key is not null",
				String.class, deliverableId).stream().findFirst();
	}

	private static Deliverable deliverable(java.sql.ResultSet rs) throws java.sql.SQLException {
		long size = rs.getLong("size_bytes");
		Long sizeBytes = rs.wasNull() ? null : size;
		Timestamp published = rs.getTimestamp("published_at");
		return new Deliverable(rs.getLong("id"), rs.getLong("dossier_id"), rs.getString("title"),
				rs.getString("description"), Licence.fromCode(rs.getString("licence")).orElse(Licence.CC_BY),
				rs.getString("file_name"), sizeBytes, rs.getString("external_url"),
				rs.getTimestamp("uploaded_at").toInstant(), published == null ? null : published.toInstant());
	}

	/**
	 * Adds a deliverable (not yet public) with either a stored file or an external address; throws {@link Refused}
	 * listing every problem of the form.
	 */
	long addDeliverable(long dossierId, DeliverableForm form, org.springframework.web.multipart.MultipartFile file,
			Actor actor) {
		List<Problem> problems = new ArrayList<>();
		String title = form.getTitle() == null ? "" : form.getTitle().strip();
		String description = form.getDescription() == null ? "" : form.getDescription().strip();
		String url = form.getExternalUrl() == null ? "" : form.getExternalUrl().strip();
		boolean hasFile = file != null && !file.isEmpty();
		if (title.isEmpty()) {
			problems.add(new Problem("title", "laureates.deliverable.error.title.required"));
		}
		else if (title.length() > 200) {
			problems.add(new Problem("title", "laureates.deliverable.error.title.long", 200));
		}
		if (description.length() > 4000) {
			problems.add(new Problem("description", "laureates.deliverable.error.description.long", 4000));
		}
		Optional<Licence> licence = Licence.fromCode(form.getLicence());
		if (licence.isEmpty()) {
			problems.add(new Problem("licence", "laureates.deliverable.error.licence"));
		}
		if (!url.isEmpty() && (url.length() > 500 || !url.matches("(?i)https?://[^\\s<>\"]+\\.[^\\s<>\"]+"))) {
			problems.add(new Problem("externalUrl", "laureates.deliverable.error.url"));
		}
		if (hasFile && !url.isEmpty()) {
			problems.add(new Problem("externalUrl", "laureates.deliverable.error.both"));
		}
		else if (!hasFile && url.isEmpty()) {
			problems.add(new Problem("file", "laureates.deliverable.error.none"));
		}
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
		StoredFile stored = null;
		if (hasFile) {
			try {
				stored = files.store("deliverable-" + dossierId, file);
			}
			catch (RefusedFile refused) {
				throw new Refused(List.of(new Problem("file", refused.messageKey(), refused.arguments())));
			}
		}
		try {
			return jdbc.queryForObject("insert into deliverable (dossier_id, title, description, licence, file_name, "
					+ "content_type, size_bytes, storage_key, external_url, uploaded_by, uploaded_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class, dossierId, title,
					description, licence.get().name(), stored == null ? null : stored.fileName(),
					stored == null ? null : stored.contentType(), stored == null ? null : stored.sizeBytes(),
					stored == null ? null : stored.storageKey(), url.isEmpty() ? null : url, actor.accountId(),
					Timestamp.from(clock.instant()));
		}
		catch (RuntimeException e) {
			if (stored != null) {
				files.delete(stored.storageKey());
			}
			throw e;
		}
	}

	/** Makes a deliverable public (and tells the resource centre); false when it is not one of this dossier's. */
	@Transactional
	boolean publish(long dossierId, long deliverableId) {
		Instant now = clock.instant();
		int updated = jdbc.update("update deliverable set published_at = ? where id = ? and dossier_id = ? "
				+ "and published_at is null", Timestamp.from(now), deliverableId, dossierId);
		if (updated == 1) {
			Deliverable published = deliverable(deliverableId).orElseThrow();
			Map<String, Object> dossier = jdbc.queryForMap("select call_id, lead_organisation from dossier where id = ?",
					dossierId);
			long callId = ((Number) dossier.get("call_id")).longValue();
			long lead = ((Number) dossier.get("lead_organisation")).longValue();
			events.publishEvent(new DeliverablePublished(deliverableId, dossierId, callId, published.title(),
					published.description(), published.licence().name(), published.href(), coAuthors(dossierId, lead),
					now));
		}
		return updated == 1 || jdbc.queryForObject("select count(*) from deliverable where id = ? and dossier_id = ?",
				Integer.class, deliverableId, dossierId) == 1;
	}

	/**
	 * Takes a deliverable back from the public (and tells the resource centre when it was public); false when it is
	 * not one of this dossier's.
	 */
	@Transactional
	boolean unpublish(long dossierId, long deliverableId) {
		int updated = jdbc.update("update deliverable set published_at = null where id = ? and dossier_id = ? "
				+ "and published_at is not null", deliverableId, dossierId);
		if (updated == 1) {
			events.publishEvent(new DeliverableUnpublished(deliverableId, clock.instant()));
		}
		return updated == 1 || jdbc.queryForObject("select count(*) from deliverable where id = ? and dossier_id = ?",
				Integer.class, deliverableId, dossierId) == 1;
	}

	Optional<Feedback> feedback(long dossierId) {
		return jdbc.query("select * from experience_feedback where dossier_id = ?",
				(rs, i) -> new Feedback(rs.getString("building_the_dossier"), rs.getString("cooperation"),
						rs.getString("difficulties"), rs.getString("advice"), rs.getInt("satisfaction"),
						rs.getString("answered_by_label"), rs.getTimestamp("answered_at").toInstant()),
				dossierId).stream().findFirst();
	}

	/** Saves the retour d'expérience (the last answer is kept, with who and when); throws {@link Refused}. */
	void saveFeedback(long dossierId, FeedbackForm form, Actor actor) {
		List<Problem> problems = new ArrayList<>();
		String[] texts = { clean(form.getBuildingTheDossier()), clean(form.getCooperation()),
				clean(form.getDifficulties()), clean(form.getAdvice()) };
		String[] fields = { "buildingTheDossier", "cooperation", "difficulties", "advice" };
		for (int i = 0; i < texts.length; i++) {
			if (texts[i].length() > 8000) {
				problems.add(new Problem(fields[i], "laureates.feedback.error.long", 8000));
			}
		}
		if (texts[0].isEmpty() && texts[1].isEmpty() && texts[2].isEmpty() && texts[3].isEmpty()) {
			problems.add(new Problem("buildingTheDossier", "laureates.feedback.error.empty"));
		}
		String score = form.getSatisfaction() == null ? "" : form.getSatisfaction().strip();
		Integer satisfaction = score.matches("[1-5]") ? Integer.valueOf(score) : null;
		if (satisfaction == null) {
			problems.add(new Problem("satisfaction", "laureates.feedback.error.satisfaction"));
		}
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
		jdbc.update("insert into experience_feedback (dossier_id, building_the_dossier, cooperation, difficulties, "
				+ "advice, satisfaction, answered_by, answered_by_label, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
				+ "on conflict (dossier_id) do update set building_the_dossier = excluded.building_the_dossier, "
				+ "cooperation = excluded.cooperation, difficulties = excluded.difficulties, advice = excluded.advice, "
				+ "satisfaction = excluded.satisfaction, answered_by = excluded.answered_by, "
				+ "answered_by_label = excluded.answered_by_label, answered_at = excluded.answered_at", dossierId,
				texts[0], texts[1], texts[2], texts[3], satisfaction, actor.accountId(),
				actor.label().length() > 200 ? actor.label().substring(0, 200) : actor.label(),
				Timestamp.from(clock.instant()));
	}

	private static String clean(String text) {
		return text == null ? "" : text.strip().replace("\r\n", "\n");
	}

}
