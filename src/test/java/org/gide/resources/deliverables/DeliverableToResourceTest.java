package org.gide.resources.deliverables;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.resources.ResourceType;
import org.gide.resources.indicators.MeasureFixtures;
import org.gide.resources.item.Licence;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.workflow.ResourceState;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.gide.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A laureate's deliverable published through the calls' own route becomes a published DELIVERABLE resource (title,
 * description, licence, link, call, dossier, co-authors lead first, published by the application); unpublished in the
 * calls, it is unpublished in the resource centre; published again, the same item comes back refreshed, its first
 * publication date kept. Calls' tables are seeded with SQL as their tests do.
 */
class DeliverableToResourceTest extends IntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ResourceItems items;

	@Autowired
	Accounts accounts;

	@Value("${gide.public-url}")
	String publicUrl;

	long dossier;

	long call;

	long lead;

	long partner;

	WebClient agent;

	@BeforeEach
	void laureate() {
		TestUsers.ensure(accounts);
		long n = MeasureFixtures.next();
		Timestamp now = Timestamp.from(Instant.now());
		call = jdbc.queryForObject("insert into call (slug, title, status, published_at, results_published_at, "
				+ "created_at, updated_at) values (?, ?, 'CLOSED', ?, ?, ?, ?) returning id", Long.class,
				"livrables-" + n, "Appel des livrables " + n, now, now, now, now);
		lead = organisation("Coopérative du Vidourle " + n);
		partner = organisation("Association des Garrigues " + n);
		long declined = organisation("Structure déclinante " + n);
		dossier = jdbc.queryForObject("insert into dossier (call_id, lead_organisation, title, themes, status, "
				+ "created_by, created_at, updated_at) values (?, ?, ?, '{alimentation}', 'SUBMITTED', 0, ?, ?) "
				+ "returning id", Long.class, call, lead, "Cantines en commun " + n, now, now);
		jdbc.update("insert into dossier_partner (dossier_id, organisation_id, role, status, invited_at) values "
				+ "(?, ?, 'PARTNER', 'ACCEPTED', now()), (?, ?, 'LEAD', 'ACCEPTED', now()), "
				+ "(?, ?, 'PARTNER', 'DECLINED', now())", dossier, partner, dossier, lead, dossier, declined);
		jdbc.update("insert into dossier_decision (dossier_id, outcome, motivation, decided_by, decided_at) "
				+ "values (?, 'LAUREATE', 'Coopération exemplaire.', 0, now())", dossier);
		agent = TestUsers.signIn(baseUrl(), "agent");
		assertThat(agent.get("/laureats/" + dossier).statusCode()).isEqualTo(200);
	}

	private long organisation(String name) {
		return jdbc.queryForObject("insert into organisation (name, ess_family, sector, source) "
				+ "values (?, 'ASSOCIATION', 'NON_CLASSE', 'MANUAL') returning id", Long.class, name);
	}

	private long deliverable(String title, String description, String licence, String externalUrl, String storageKey) {
		return jdbc.queryForObject("insert into deliverable (dossier_id, title, description, licence, file_name, "
				+ "content_type, size_bytes, storage_key, external_url, uploaded_by, uploaded_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, now()) returning id", Long.class, dossier, title, description,
				licence, storageKey == null ? null : "guide.pdf", storageKey == null ? null : "application/pdf",
				storageKey == null ? null : 1234L, storageKey, externalUrl);
	}

	private void action(long deliverable, String verb) {
		HttpResponse<String> response = agent.post("/laureats/" + dossier + "/livrables/" + deliverable + "/" + verb,
				Map.of());
		assertThat(response.statusCode()).as(verb).isEqualTo(302);
	}

	private List<Map<String, Object>> log(long item) {
		return jdbc.queryForList("select action, from_state, to_state, actor_role, actor_id, actor_label "
				+ "from resource_transition where item_id = ? order by id", item);
	}

	@Test
	void publishingADeliverablePublishesItsResourceAndUnpublishingTakesItBack() {
		String description = "Un guide pour ouvrir une cantine partagée.\n\nAvec des fiches <pratiques> & des modèles.";
		long id = deliverable("Guide des cantines partagées", description, "CC_BY_SA", "https://cantines.example.fr/guide",
				null);
		assertThat(items.findByDeliverable(id)).isEmpty();

		action(id, "publier");

		ResourceItem item = items.findByDeliverable(id).orElseThrow();
		assertThat(item.getType()).isEqualTo(ResourceType.DELIVERABLE);
		assertThat(item.getState()).isEqualTo(ResourceState.PUBLISHED);
		assertThat(item.getTitle()).isEqualTo("Guide des cantines partagées");
		assertThat(item.getSlug()).isEqualTo("guide-des-cantines-partagees");
		assertThat(item.getSummary())
			.isEqualTo("Un guide pour ouvrir une cantine partagée. Avec des fiches <pratiques> & des modèles.");
		assertThat(item.getBody()).contains("<p>Un guide pour ouvrir une cantine partagée.</p>")
			.contains("&lt;pratiques&gt; &amp; des modèles.")
			.doesNotContain("<pratiques>");
		assertThat(item.getLicence()).isEqualTo(Licence.CC_BY_SA);
		assertThat(item.getLinkUrl()).isEqualTo("https://cantines.example.fr/guide");
		assertThat(item.getCallId()).isEqualTo(call);
		assertThat(item.getDossierId()).isEqualTo(dossier);
		assertThat(item.getOrganisationIds()).as("accepted co-authors, the lead first").containsExactly(lead, partner);
		assertThat(item.getContributingOrganisationId()).isEqualTo(lead);
		assertThat(item.getCreatedBy()).isNull();
		assertThat(item.getCreatedByLabel()).isEqualTo("Gide");
		Instant firstPublication = item.getPublishedAt();
		assertThat(firstPublication).isNotNull();
		assertThat(log(item.getId())).singleElement().satisfies(row -> {
			assertThat(row).containsEntry("action", "PUBLISH").containsEntry("from_state", "DRAFT")
				.containsEntry("to_state", "PUBLISHED").containsEntry("actor_role", "SYSTEM");
			assertThat(row.get("actor_id")).isNull();
		});

		action(id, "depublier");
		ResourceItem unpublished = items.findByDeliverable(id).orElseThrow();
		assertThat(unpublished.getId()).isEqualTo(item.getId());
		assertThat(unpublished.getState()).isEqualTo(ResourceState.UNPUBLISHED);
		assertThat(unpublished.getPublishedAt()).isEqualTo(firstPublication);
		// unpublishing again in the calls changes nothing here
		action(id, "depublier");
		assertThat(log(item.getId())).extracting(r -> r.get("action") + " " + r.get("actor_role"))
			.containsExactly("PUBLISH SYSTEM", "UNPUBLISH SYSTEM");

		// the laureates correct their deliverable and publish it again: the same item, refreshed
		jdbc.update("update deliverable set title = 'Guide des cantines partagées (2ᵉ édition)', licence = 'CC0', "
				+ "external_url = 'https://cantines.example.fr/guide-2' where id = ?", id);
		action(id, "publier");
		ResourceItem again = items.findByDeliverable(id).orElseThrow();
		assertThat(again.getId()).isEqualTo(item.getId());
		assertThat(again.getState()).isEqualTo(ResourceState.PUBLISHED);
		assertThat(again.getTitle()).isEqualTo("Guide des cantines partagées (2ᵉ édition)");
		assertThat(again.getLicence()).isEqualTo(Licence.CC0);
		assertThat(again.getLinkUrl()).isEqualTo("https://cantines.example.fr/guide-2");
		assertThat(again.getPublishedAt()).as("first publication kept").isEqualTo(firstPublication);
		assertThat(again.getLastPublishedAt()).isAfter(firstPublication);
		assertThat(log(item.getId())).extracting(r -> r.get("action") + " " + r.get("from_state"))
			.containsExactly("PUBLISH DRAFT", "UNPUBLISH PUBLISHED", "PUBLISH UNPUBLISHED");
		assertThat(jdbc.queryForObject("select count(*) from resource_item where deliverable_id = ?", Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void aDeliverableFileIsLinkedByItsPublicAddressAndEachCallsLicenceIsKept() {
		long file = deliverable("Modèle de convention", "", "ODBL", null,
				"calls/deliverable-" + dossier + "/0123456789abcdef01234567.pdf");
		action(file, "publier");
		ResourceItem item = items.findByDeliverable(file).orElseThrow();
		String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		assertThat(item.getLinkUrl()).isEqualTo(base + "/livrables/" + file + "/fichier");
		assertThat(item.getLicence()).isEqualTo(Licence.ODBL);
		assertThat(item.getSummary()).isEmpty();
		assertThat(item.getBody()).isEmpty();
		for (String code : new String[] { "CC_BY", "LICENCE_OUVERTE", "GPL" }) {
			assertThat(DeliverablesToResources.licence(code)).isEqualTo(Licence.valueOf(code));
		}
	}

	@Test
	void aLongDescriptionIsCutAtAWordForTheSummaryAndKeptWholeInTheBody() {
		String description = "Coopération ".repeat(80).strip();
		long id = deliverable("Œuvre commune : « bilan » 2026 !", description, "CC_BY", "https://exemple.fr/bilan", null);
		action(id, "publier");
		ResourceItem item = items.findByDeliverable(id).orElseThrow();
		assertThat(item.getSlug()).isEqualTo("oeuvre-commune-bilan-2026");
		assertThat(item.getSummary()).hasSizeLessThanOrEqualTo(600).endsWith("Coopération…");
		assertThat(item.getBody()).isEqualTo("<p>" + description + "</p>");
	}

	@Test
	void onlyTheAgentsAndCoAuthorsPublishAndTheResourceFollowsTheirDecisionOnly() {
		long id = deliverable("Charte", "", "CC_BY", "https://exemple.fr/charte", null);
		WebClient member = TestUsers.signIn(baseUrl(), "member");
		member.get("/compte");
		member.post("/laureats/" + dossier + "/livrables/" + id + "/publier", Map.of());
		assertThat(items.findByDeliverable(id)).isEmpty();
		assertThat(jdbc.queryForObject("select published_at from deliverable where id = ?", Timestamp.class, id)).isNull();
	}

}
