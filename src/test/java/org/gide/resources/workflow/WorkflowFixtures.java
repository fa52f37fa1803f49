package org.gide.resources.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.calls.dossiers.DossierFixtures;
import org.gide.directory.Organisations;
import org.gide.resources.ResourceType;
import org.gide.resources.item.Licence;
import org.gide.resources.item.ResourceActor;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;

/**
 * Organisations with their administrators (real accounts), and resource items written through
 * {@link ResourceItems#store} as part A's forms would leave them, for the workflow's tests.
 */
public final class WorkflowFixtures {

	private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

	private WorkflowFixtures() {
	}

	/** An organisation and one administrator (account with no role). */
	public static DossierFixtures.Admin contributor(Accounts accounts, Organisations organisations, JdbcTemplate jdbc,
			String prefix) {
		return DossierFixtures.admin(accounts, organisations, jdbc, prefix, "Coopérative " + prefix);
	}

	public static ResourceActor actor(DossierFixtures.Admin admin) {
		return new ResourceActor(admin.accountId(), admin.name(), ActorRole.CONTRIBUTOR, Set.of(admin.organisationId()));
	}

	public static ResourceActor editor(long accountId) {
		return new ResourceActor(accountId, "Édith Comité", ActorRole.EDITOR, Set.of());
	}

	/** A DRAFT method of the organisation, complete unless {@code complete} is false (then « pour qui » etc. empty). */
	public static ResourceItem method(ResourceItems items, long organisationId, long createdBy, boolean complete) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		ResourceItem item = new ResourceItem(ResourceType.METHOD, "outil-" + SEQ.incrementAndGet(),
				"Boîte à outils de la coopération " + SEQ.get(), Licence.CC_BY_SA, createdBy, "Contributeur", now);
		item.setSummary("Un outil pour animer une coopération entre structures.");
		item.setBody("<p>Une méthode éprouvée dans le Gard.</p>");
		if (complete) {
			item.setPurpose("<p>Animer des ateliers</p>");
			item.setAudience("<p>Les associations</p>");
			item.setUsage("<p>Suivre les fiches</p>");
		}
		item.setOrigin(ResourceItem.Origin.EXISTING);
		item.setOrganisationIds(List.of(organisationId));
		return items.store(item);
	}

	/** A revision row of part A's table (SQL: part A writes it through its own API). */
	public static void revision(JdbcTemplate jdbc, ResourceItem item, int number, String title, String summary,
			String body, String details) {
		jdbc.update("insert into resource_revision (item_id, number, author_id, author_label, created_at, title, "
				+ "summary, body, details) values (?, ?, ?, 'Contributeur', ?, ?, ?, ?, ?::jsonb)", item.getId(), number,
				item.getCreatedBy(), Timestamp.from(Instant.now()), title, summary, body, details);
	}

	public static long next() {
		return SEQ.incrementAndGet();
	}

}
