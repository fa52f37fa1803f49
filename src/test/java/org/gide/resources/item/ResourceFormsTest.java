package org.gide.resources.item;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.Role;
import org.gide.directory.Organisations;
import org.gide.resources.ResourceType;
import org.gide.resources.workflow.ResourceState;
import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The authoring forms over real HTTP (docs/resources.md § 12 A): each type names its required fields, rich text is
 * sanitized, a visible change writes a revision and a no-op save does not, a stale version is refused with the
 * input kept, and the rights: another organisation's draft is a 404, a contributor cannot edit a PUBLISHED item.
 */
class ResourceFormsTest extends IntegrationTest {

	@Autowired
	private Accounts accounts;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ResourceItems items;

	private long orgA;

	private long orgB;

	private String contributorA;

	private String contributorB;

	private String editor;

	@BeforeEach
	void setUp() {
		orgA = AuthoringFixtures.organisation(organisations, "Coopérative témoin");
		orgB = AuthoringFixtures.organisation(organisations, "Association voisine");
		contributorA = AuthoringFixtures.account(accounts, "contrib-a", Role.MEMBER);
		contributorB = AuthoringFixtures.account(accounts, "contrib-b", Role.MEMBER);
		editor = AuthoringFixtures.account(accounts, "edition", Role.MEMBER, Role.EDITOR);
		AuthoringFixtures.administer(jdbc, accounts, orgA, contributorA);
		AuthoringFixtures.administer(jdbc, accounts, orgB, contributorB);
	}

	private long created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/ressources/contributions/\\d+/modifier");
		return Long.parseLong(location.replaceAll(".*/contributions/(\\d+)/modifier", "$1"));
	}

	private int revisions(long id) {
		return jdbc.queryForObject("select count(*) from resource_revision where item_id = ?", Integer.class, id);
	}

	@Test
	void theTypeIsChosenFirstAndDeliverablesAreNotOffered() {
		WebClient web = AuthoringFixtures.signIn(baseUrl(), contributorA);
		String choice = web.get("/ressources/proposer").body();
		assertThat(choice).contains("?type=methodes-et-outils", "?type=offres", "?type=travaux-etudiants")
			.doesNotContain("?type=livrables");
		assertThat(web.get("/ressources/proposer?type=livrables").body()).contains("?type=methodes-et-outils");
		String form = web.get("/ressources/proposer?type=methodes-et-outils").body();
		assertThat(form).contains("À quoi ça sert", "Pour qui", "Comment s’en servir").doesNotContain("Financeur");
	}

	@Test
	void eachTypeNamesItsRequiredFields() {
		WebClient web = AuthoringFixtures.signIn(baseUrl(), contributorA);
		Map<ResourceType, List<String>> expected = Map.of(
				ResourceType.NEWS, List.of("« Titre » est obligatoire.", "« Licence » est obligatoire."),
				ResourceType.ARTICLE, List.of("« Nature de l’article » est obligatoire."),
				ResourceType.METHOD, List.of("« À quoi ça sert » est obligatoire.", "« Pour qui » est obligatoire.",
						"« Comment s’en servir » est obligatoire."),
				ResourceType.COMMONS, List.of("« La ressource » est obligatoire.", "« Sa communauté » est obligatoire.",
						"« Ses règles d’accès et d’usage » est obligatoire.", "« Sa gouvernance » est obligatoire."),
				ResourceType.IMPACT_STUDY, List.of("« Expérimentation évaluée » est obligatoire.",
						"« Résultats » est obligatoire."),
				ResourceType.OFFER, List.of("« Type d’offre » est obligatoire.",
						"« Date d’expiration » est obligatoire.", "Indiquez un lien ou un courriel de contact"),
				ResourceType.FUNDING_CALL, List.of("« Financeur » est obligatoire.",
						"« Date d’expiration » est obligatoire.", "« Lien » est obligatoire."),
				ResourceType.STUDENT_WORK, List.of("« Établissement » est obligatoire.",
						"« Année universitaire » est obligatoire."));
		Integer before = jdbc.queryForObject("select count(*) from resource_item", Integer.class);
		expected.forEach((type, messages) -> {
			HttpResponse<String> response = web.submit("/ressources/proposer?type=" + type.slug(),
					"/ressources/proposer?type=" + type.slug(), Map.of("organisation", String.valueOf(orgA)));
			assertThat(response.statusCode()).as(type.name()).isEqualTo(200);
			assertThat(response.body()).as(type.name()).contains(messages.toArray(String[]::new));
			// every required field of the type is named next to its input (field-level errors)
			ResourceFields.of(type).stream().filter(ResourceFields.Field::required).forEach(f ->
					assertThat(response.body()).as(type + " " + f.name()).contains("id=\"" + f.name() + "-error\""));
		});
		assertThat(jdbc.queryForObject("select count(*) from resource_item", Integer.class)).isEqualTo(before);
	}

	@Test
	void aCompleteMethodIsSavedAsADraftWithItsTaxonomyAndRevisionOne() {
		WebClient web = AuthoringFixtures.signIn(baseUrl(), contributorA);
		Map<String, String> form = new HashMap<>(AuthoringFixtures.method(orgA, "Méthode du consentement"));
		long territory = jdbc.queryForObject("select min(id) from territory", Long.class);
		form.put("territories", String.valueOf(territory));
		form.put("sectors", "ACTION_SOCIALE");
		long id = created(web.submit("/ressources/proposer?type=methodes-et-outils",
				"/ressources/proposer?type=methodes-et-outils", form));
		ResourceItem item = items.find(id).orElseThrow();
		assertThat(item.getType()).isEqualTo(ResourceType.METHOD);
		assertThat(item.getState()).isEqualTo(ResourceState.DRAFT);
		assertThat(item.getSlug()).isEqualTo("methode-du-consentement");
		assertThat(item.getContributingOrganisationId()).isEqualTo(orgA);
		assertThat(item.getTags()).containsExactlyInAnyOrder("gouvernance", "animation");
		assertThat(item.getTerritoryIds()).containsExactly(territory);
		assertThat(item.getSectors()).extracting(Enum::name).containsExactly("ACTION_SOCIALE");
		assertThat(revisions(id)).isEqualTo(1);
		assertThat(items.revision(id, 1).orElseThrow().details()).containsEntry("resources.field.audience",
				"Les collectifs.");
		String contributions = web.get("/ressources/mes-contributions").body();
		assertThat(contributions).contains("Méthode du consentement", "Brouillon",
				"/ressources/contributions/" + id + "/modifier", "/ressources/contributions/" + id + "\"");
		assertThat(AuthoringFixtures.signIn(baseUrl(), contributorB).get("/ressources/mes-contributions").body())
			.doesNotContain("Méthode du consentement");
	}

	@Test
	void richTextIsSanitizedBeforeItIsStored() {
		WebClient web = AuthoringFixtures.signIn(baseUrl(), contributorA);
		Map<String, String> form = new HashMap<>(AuthoringFixtures.method(orgA, "Outil piégé"));
		form.put("body", "<p>Bonjour</p><script>alert(1)</script><a href=\"javascript:alert(2)\" onclick=\"x()\">lien</a>"
				+ "<img src=x onerror=alert(3)>");
		form.put("usage", "<p onmouseover=\"alert(4)\">Étapes</p><iframe src=\"https://mal.example\"></iframe>");
		long id = created(web.submit("/ressources/proposer?type=methodes-et-outils",
				"/ressources/proposer?type=methodes-et-outils", form));
		ResourceItem item = items.find(id).orElseThrow();
		assertThat(item.getBody()).contains("<p>Bonjour</p>", "lien")
			.doesNotContain("<script", "javascript:", "onclick", "<img", "onerror");
		assertThat(item.getUsage()).contains("Étapes").doesNotContain("onmouseover", "<iframe");
	}

	@Test
	void aVisibleChangeWritesARevisionAndANoOpSaveDoesNot() {
		WebClient web = AuthoringFixtures.signIn(baseUrl(), contributorA);
		Map<String, String> form = new HashMap<>(AuthoringFixtures.method(orgA, "Boussole des communs"));
		long id = created(web.submit("/ressources/proposer?type=methodes-et-outils",
				"/ressources/proposer?type=methodes-et-outils", form));
		String edit = "/ressources/contributions/" + id + "/modifier";
		form.put("version", String.valueOf(items.find(id).orElseThrow().getVersion()));
		assertThat(web.submit(edit, edit, form).statusCode()).isEqualTo(302);
		assertThat(revisions(id)).as("a save changing nothing").isEqualTo(1);

		form.put("version", String.valueOf(items.find(id).orElseThrow().getVersion()));
		form.put("audience", "<p>Les collectifs et les collectivités.</p>");
		assertThat(web.submit(edit, edit, form).statusCode()).isEqualTo(302);
		assertThat(revisions(id)).isEqualTo(2);
		ResourceRevision second = items.revision(id, 2).orElseThrow();
		assertThat(second.details()).containsEntry("resources.field.audience", "Les collectifs et les collectivités.");
		assertThat(items.revision(id, 1).orElseThrow().details()).containsEntry("resources.field.audience",
				"Les collectifs.");
		assertThat(items.revisions(id)).extracting(ResourceRevision::number).containsExactly(1, 2);
		assertThat(web.get(edit).body()).contains("Les collectifs et les collectivit&eacute;s.");
	}

	@Test
	void aStaleVersionIsRefusedAndKeepsTheInput() {
		WebClient web = AuthoringFixtures.signIn(baseUrl(), contributorA);
		Map<String, String> form = new HashMap<>(AuthoringFixtures.method(orgA, "Grille d’auto-évaluation"));
		long id = created(web.submit("/ressources/proposer?type=methodes-et-outils",
				"/ressources/proposer?type=methodes-et-outils", form));
		long read = items.find(id).orElseThrow().getVersion();
		String edit = "/ressources/contributions/" + id + "/modifier";
		// someone else saves first
		ResourceForm other = items.formOf(items.find(id).orElseThrow());
		other.setTitle("Grille d’auto-évaluation (révisée)");
		items.saveContent(id, read, other, AuthoringFixtures.contributor(accounts, contributorA, orgA));

		form.put("version", String.valueOf(read));
		form.put("title", "Ma grille à moi");
		HttpResponse<String> stale = web.submit(edit, edit, form);
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("modifiée entre-temps", "value=\"Ma grille &agrave; moi\"");
		assertThat(items.find(id).orElseThrow().getTitle()).isEqualTo("Grille d’auto-évaluation (révisée)");
		assertThatThrownBy(() -> items.saveContent(id, read, other,
				AuthoringFixtures.contributor(accounts, contributorA, orgA))).isInstanceOf(StaleResource.class);
	}

	@Test
	void anotherOrganisationsDraftIsNotFound() {
		long id = items.create(ResourceType.METHOD, AuthoringFixtures.methodForm(orgA, "Brouillon de A"),
				AuthoringFixtures.contributor(accounts, contributorA, orgA)).getId();
		long version = items.find(id).orElseThrow().getVersion();
		WebClient b = AuthoringFixtures.signIn(baseUrl(), contributorB);
		String edit = "/ressources/contributions/" + id + "/modifier";
		assertThat(b.get(edit).statusCode()).isEqualTo(404);
		b.get("/ressources/mes-contributions");
		Map<String, String> form = new HashMap<>(AuthoringFixtures.method(orgB, "Volé"));
		form.put("version", String.valueOf(version));
		assertThat(b.post(edit, form).statusCode()).isEqualTo(404);
		assertThat(b.post("/ressources/contributions/" + id + "/suppression", Map.of("version",
				String.valueOf(version))).statusCode()).isEqualTo(404);
		assertThat(AuthoringFixtures.upload(b, id, version, "Pièce", "a.pdf", "%PDF-1.4\n%%EOF\n".getBytes())
			.statusCode()).isEqualTo(404);
		// nor may B claim organisation A when proposing
		Map<String, String> claim = new HashMap<>(AuthoringFixtures.method(orgA, "Au nom de A"));
		HttpResponse<String> refused = b.submit("/ressources/proposer?type=methodes-et-outils",
				"/ressources/proposer?type=methodes-et-outils", claim);
		assertThat(refused.body()).contains("Choisissez une structure que vous administrez.");
		assertThat(items.find(id).orElseThrow().getTitle()).isEqualTo("Brouillon de A");
		assertThat(jdbc.queryForObject("select count(*) from resource_item where title = 'Au nom de A'", Integer.class))
			.isZero();
		// the committee may
		assertThat(AuthoringFixtures.signIn(baseUrl(), editor).get(edit).statusCode()).isEqualTo(200);
	}

	@Test
	void aContributorCannotEditAPublishedItemButTheCommitteeMay() {
		long id = items.create(ResourceType.METHOD, AuthoringFixtures.methodForm(orgA, "Publiée"),
				AuthoringFixtures.contributor(accounts, contributorA, orgA)).getId();
		AuthoringFixtures.publish(items, id);
		long version = items.find(id).orElseThrow().getVersion();
		String edit = "/ressources/contributions/" + id + "/modifier";
		WebClient a = AuthoringFixtures.signIn(baseUrl(), contributorA);
		HttpResponse<String> page = a.get(edit);
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(a.location(page)).isEqualTo("/ressources/contributions/" + id);
		a.get("/ressources/mes-contributions");
		Map<String, String> form = new HashMap<>(AuthoringFixtures.method(orgA, "Changée en douce"));
		form.put("version", String.valueOf(version));
		HttpResponse<String> post = a.post(edit, form);
		assertThat(post.statusCode()).isEqualTo(302);
		assertThat(items.find(id).orElseThrow().getTitle()).isEqualTo("Publiée");
		assertThat(a.post("/ressources/contributions/" + id + "/suppression", Map.of("version",
				String.valueOf(version))).statusCode()).isEqualTo(302);
		assertThat(items.find(id)).isPresent();

		WebClient e = AuthoringFixtures.signIn(baseUrl(), editor);
		assertThat(e.get(edit).statusCode()).isEqualTo(200);
		form.put("title", "Publiée, corrigée par le comité");
		assertThat(e.submit(edit, edit, form).statusCode()).isEqualTo(302);
		ResourceItem item = items.find(id).orElseThrow();
		assertThat(item.getTitle()).isEqualTo("Publiée, corrigée par le comité");
		assertThat(item.getSlug()).as("a published item keeps its address").isEqualTo("publiee");
		assertThat(item.getContributingOrganisationId()).isEqualTo(orgA);
	}

	@Test
	void aDraftNeverPublishedCanBeDeletedWithItsRevisions() {
		long id = items.create(ResourceType.METHOD, AuthoringFixtures.methodForm(orgA, "À jeter"),
				AuthoringFixtures.contributor(accounts, contributorA, orgA)).getId();
		WebClient a = AuthoringFixtures.signIn(baseUrl(), contributorA);
		String edit = "/ressources/contributions/" + id + "/modifier";
		a.get(edit);
		HttpResponse<String> deleted = a.post("/ressources/contributions/" + id + "/suppression",
				Map.of("version", String.valueOf(items.find(id).orElseThrow().getVersion())));
		assertThat(a.location(deleted)).isEqualTo("/ressources/mes-contributions");
		assertThat(items.find(id)).isEmpty();
		assertThat(revisions(id)).isZero();
	}

	@Test
	void tagsAndCoAuthorsAreCheckedAndNormalised() {
		ResourceActor actor = AuthoringFixtures.contributor(accounts, contributorA, orgA);
		ResourceForm form = AuthoringFixtures.methodForm(orgA, "Étiquettes");
		form.setTags("a, " + String.join(",", List.of("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
				"neuf", "dix", "onze")));
		assertThatThrownBy(() -> items.create(ResourceType.METHOD, form, actor)).isInstanceOfSatisfying(
				ResourceRefused.class, r -> assertThat(r.problems()).extracting(ResourceRefused.Problem::code)
					.contains("resources.error.tag-length", "resources.error.tags-too-many"));
		form.setTags("  Économie   Sociale , économie sociale, COMMUNS ");
		String orgBName = organisations.find(orgB).orElseThrow().name();
		form.setCoAuthorQuery(orgBName);
		ResourceItem item = items.create(ResourceType.METHOD, form, actor);
		assertThat(item.getTags()).containsExactlyInAnyOrder("économie sociale", "communs");
		assertThat(item.getOrganisationIds()).containsExactly(orgA, orgB);
		assertThat(item.getContributingOrganisationId()).isEqualTo(orgA);
		// co-author B's administrators may work on it too
		assertThat(AuthoringFixtures.signIn(baseUrl(), contributorB)
			.get("/ressources/contributions/" + item.getId() + "/modifier")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void anOfferExpiresAtTheEndOfItsDayInParis() {
		ResourceActor actor = AuthoringFixtures.contributor(accounts, contributorA, orgA);
		ResourceForm form = new ResourceForm();
		form.setOrganisation(orgA);
		form.setTitle("Chargé·e de mission ESS");
		form.setLicence("CC_BY");
		form.setOfferKind("JOB");
		form.setExpiresOn("2026-12-31");
		form.setContactEmail("recrutement@cooperative.test");
		form.setCommuneCode("30189");
		ResourceItem item = items.create(ResourceType.OFFER, form, actor);
		assertThat(item.getExpiresAt()).isEqualTo(java.time.Instant.parse("2026-12-31T22:59:59Z"));
		assertThat(items.formOf(item).getExpiresOn()).isEqualTo("2026-12-31");
		form.setCommuneCode("99999");
		assertThatThrownBy(() -> items.create(ResourceType.OFFER, form, actor)).isInstanceOfSatisfying(
				ResourceRefused.class, r -> assertThat(r.problems()).extracting(ResourceRefused.Problem::field)
					.containsExactly("communeCode"));
	}

}
