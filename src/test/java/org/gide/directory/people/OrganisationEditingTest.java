package org.gide.directory.people;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.accounts.Role;
import org.gide.directory.Author;
import org.gide.directory.ChangeOrigin;
import org.gide.directory.GeoPrecision;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing an organisation: who may (its administrators, agents, admins; not another member), field-level errors,
 * the history with author and origin, protected fields, optimistic locking and logos.
 */
class OrganisationEditingTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	private OrganisationDetails organisation;

	private String ownerEmail;

	private WebClient owner;

	@BeforeEach
	void ownedOrganisation() {
		String siret = PeopleFixtures.siret(PeopleFixtures.next());
		organisation = organisations.create(OrganisationDraft.named("Recyclerie du Gardon " + PeopleFixtures.next())
			.siret(siret)
			.description("Réemploi d’objets.")
			.address("2 rue de la Gare", "30100", "30007"));
		ownerEmail = PeopleFixtures.account(accounts, "proprietaire");
		PeopleFixtures.makeAdministrator(jdbc, organisation.id(), PeopleFixtures.accountId(accounts, ownerEmail),
				ownerEmail);
		owner = PeopleFixtures.signIn(baseUrl(), ownerEmail);
	}

	/** The form's current fields as the page shows them, ready to post back. */
	private static Map<String, String> formOf(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher inputs = Pattern.compile("<input[^>]*?name=\"([^\"]+)\"[^>]*?>").matcher(html);
		while (inputs.find()) {
			String tag = inputs.group(0);
			if (tag.contains("type=\"file\"") || tag.contains("type=\"checkbox\"") && !tag.contains("checked")) {
				continue;
			}
			Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
			fields.put(inputs.group(1), value.find() ? unescape(value.group(1)) : "");
		}
		Matcher areas = Pattern.compile("<textarea[^>]*?name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(html);
		while (areas.find()) {
			fields.put(areas.group(1), unescape(areas.group(2)).replaceFirst("^\n", ""));
		}
		Matcher selects = Pattern.compile("<select[^>]*?name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
		while (selects.find()) {
			Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(selects.group(2));
			fields.put(selects.group(1), selected.find() ? selected.group(1) : "");
		}
		fields.remove("_csrf");
		return fields;
	}

	private static String unescape(String value) {
		return org.unbescape.html.HtmlEscape.unescapeHtml(value);
	}

	private String edit(long id) {
		return "/annuaire/" + id + "/modifier";
	}

	@Test
	void theOwnerEditsTheChangesAreInTheHistoryAndBecomeProtected() {
		Map<String, String> form = formOf(owner.get(edit(organisation.id())).body());
		assertThat(form).containsEntry("name", organisation.name()).containsEntry("commune", "Alès");
		form.put("description", "Réemploi d’objets.\nAteliers de réparation le samedi.");
		form.put("publicWebsite", "recyclerie-gardon.fr");
		form.put("commune", "Anduze");
		form.put("communeCode", "");
		form.put("postalCode", "30140");
		form.put("siret", PeopleFixtures.siret(PeopleFixtures.next())); // not on the owner's form: ignored
		HttpResponse<String> saved = owner.post(edit(organisation.id()), form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(owner.follow(owner.location(saved)).body()).contains("Modifications enregistrées");

		OrganisationDetails after = organisations.find(organisation.id()).orElseThrow();
		assertThat(after.description()).isEqualTo("Réemploi d’objets.\nAteliers de réparation le samedi.");
		assertThat(after.publicContact().website()).isEqualTo("https://recyclerie-gardon.fr");
		assertThat(after.communeCode()).isEqualTo("30010");
		assertThat(after.geoPrecision()).isEqualTo(GeoPrecision.COMMUNE_CENTROID);
		assertThat(after.siret()).isEqualTo(organisation.siret());

		List<Map<String, Object>> rows = jdbc.queryForList("select field, old_value, new_value, origin, author_label, "
				+ "author_account_id from organisation_change where organisation_id = ? and origin = 'OWNER'",
				organisation.id());
		assertThat(rows).extracting(r -> r.get("field"))
			.contains("description", "publicWebsite", "communeCode", "postalCode", "latitude")
			.doesNotContain("siret", "name");
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.get("author_label")).isEqualTo("Camille proprietaire");
			assertThat(r.get("author_account_id")).isEqualTo(PeopleFixtures.accountId(accounts, ownerEmail));
		});
		assertThat(rows).filteredOn(r -> r.get("field").equals("communeCode"))
			.singleElement()
			.satisfies(r -> assertThat(r).containsEntry("old_value", "30007").containsEntry("new_value", "30010"));
		assertThat(organisations.protectedFields(organisation.id()))
			.contains("description", "publicWebsite", "communeCode", "postalCode")
			.doesNotContain("latitude", "longitude", "geoPrecision", "name", "siret");

		// The public history names nobody to the public, the owner and agents see who.
		String publicHistory = web().get("/annuaire/" + organisation.id() + "/historique").body();
		assertThat(publicHistory).contains("Un administrateur de la structure").contains("Ateliers de réparation")
			.doesNotContain("Camille proprietaire");
		assertThat(owner.get("/annuaire/" + organisation.id() + "/historique").body()).contains("Camille proprietaire");
		// The organisation's action links (the fragment the organisation page includes) depend on the visitor.
		assertThat(publicHistory).contains("Revendiquer cette structure").doesNotContain(">Modifier</a>");
		assertThat(owner.get("/annuaire/" + organisation.id() + "/historique").body())
			.doesNotContain("Revendiquer cette structure")
			.contains("href=\"/annuaire/" + organisation.id() + "/modifier\">Modifier</a>");
		// A system change (no author) is not protected and says Gide.
		organisations.update(organisation.id(), after.version(), OrganisationDraft.named(after.name())
			.siret(after.siret().value())
			.description(after.description())
			.acronym("RG")
			.address(after.address(), after.postalCode(), after.communeCode())
			.publicContact(after.publicContact().website(), null, null));
		assertThat(organisations.protectedFields(organisation.id())).doesNotContain("acronym");
		assertThat(web().get("/annuaire/" + organisation.id() + "/historique").body()).contains("<span>Gide</span>");
	}

	@Test
	void onlyItsAdministratorsAgentsAndAdminsMayEditIt() {
		String path = edit(organisation.id());
		assertThat(owner.get(path).statusCode()).isEqualTo(200);
		assertThat(PeopleFixtures.signIn(baseUrl(), PeopleFixtures.account(accounts, "autre")).get(path).statusCode())
			.isEqualTo(403);
		assertThat(PeopleFixtures.signIn(baseUrl(), PeopleFixtures.account(accounts, "lecteur", Role.REVIEWER))
			.get(path).statusCode()).isEqualTo(403);
		WebClient stranger = PeopleFixtures.signIn(baseUrl(), PeopleFixtures.account(accounts, "intrus"));
		stranger.get("/");
		assertThat(stranger.post(path, Map.of("name", "Piraté", "version", "0")).statusCode()).isEqualTo(403);
		assertThat(organisations.find(organisation.id()).orElseThrow().name()).isEqualTo(organisation.name());
		assertThat(web().get(path).statusCode()).isEqualTo(302);

		// An agent edits any organisation, register identity included, and the history says AGENT.
		WebClient agent = PeopleFixtures.signIn(baseUrl(), PeopleFixtures.account(accounts, "agent", Role.AGENT));
		Map<String, String> form = formOf(agent.get(path).body());
		assertThat(form).containsKey("siret");
		form.put("legalCategory", "9220");
		assertThat(agent.post(path, form).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select origin from organisation_change where organisation_id = ? "
				+ "and field = 'legalCategory'", String.class, organisation.id())).isEqualTo("AGENT");
		assertThat(organisations.protectedFields(organisation.id())).contains("legalCategory");
		assertThat(owner.get(path).body()).doesNotContain("name=\"siret\"").contains("seule la Mission ESS");
	}

	@Test
	void invalidValuesAreShownBesideTheirFieldsInFrench() {
		Map<String, String> form = formOf(owner.get(edit(organisation.id())).body());
		form.put("name", " ");
		form.put("publicEmail", "pas-une-adresse");
		form.put("postalCode", "3010");
		form.put("commune", "Nulle-Part-sur-Gardon");
		form.put("communeCode", "");
		form.put("volunteers", "beaucoup");
		HttpResponse<String> refused = owner.post(edit(organisation.id()), form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Le formulaire contient")
			.contains("id=\"publicEmail-error\"")
			.contains("L’adresse électronique « pas-une-adresse » n’est pas valide")
			.contains("Aucune commune ne correspond à « Nulle-Part-sur-Gardon »")
			.contains("« beaucoup » n’est pas un nombre entier")
			.contains("value=\"pas-une-adresse\"");
		assertThat(organisations.find(organisation.id()).orElseThrow().version()).isEqualTo(organisation.version());

		form = formOf(owner.get(edit(organisation.id())).body());
		form.put("name", " ");
		form.put("postalCode", "3010");
		refused = owner.post(edit(organisation.id()), form);
		assertThat(refused.body()).contains("Indiquez le nom de l’organisation")
			.contains("Le code postal « 3010 » doit compter 5 chiffres");
	}

	@Test
	void aConcurrentEditIsShownWithTheOtherValuesAndNothingIsLost() {
		Map<String, String> mine = formOf(owner.get(edit(organisation.id())).body());
		// Meanwhile an agent changes the phone and the description.
		OrganisationDetails current = organisations.find(organisation.id()).orElseThrow();
		organisations.update(current.id(), current.version(), OrganisationDraft.named(current.name())
			.siret(current.siret().value())
			.description("Texte de l’agent.")
			.address(current.address(), current.postalCode(), current.communeCode())
			.publicContact(null, null, "04 66 00 00 00"),
				Author.account(1L, "Agent", ChangeOrigin.AGENT));

		mine.put("description", "Texte du propriétaire.");
		HttpResponse<String> conflict = owner.post(edit(organisation.id()), mine);
		assertThat(conflict.statusCode()).isEqualTo(200);
		assertThat(conflict.body()).contains("modifiée entre-temps")
			.contains("Texte de l’agent.")
			.contains("04 66 00 00 00")
			.contains("Texte du propriétaire.");
		assertThat(organisations.find(organisation.id()).orElseThrow().description()).isEqualTo("Texte de l’agent.");

		// Saving again from the page (now at the new version) keeps the owner's values, knowingly.
		Map<String, String> again = formOf(conflict.body());
		assertThat(again.get("description")).isEqualTo("Texte du propriétaire.");
		assertThat(owner.post(edit(organisation.id()), again).statusCode()).isEqualTo(302);
		assertThat(organisations.find(organisation.id()).orElseThrow().description())
			.isEqualTo("Texte du propriétaire.");
	}

	@Test
	void aLogoIsStoredWhenItIsAnImageAndServedWithItsTypeAndNosniff() throws Exception {
		byte[] png = java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
		Map<String, String> form = formOf(owner.get(edit(organisation.id())).body());
		HttpResponse<String> saved = multipart(owner, edit(organisation.id()), form, "logo.png", "image/png", png);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		HttpResponse<byte[]> logo = java.net.http.HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(owner.uri("/annuaire/" + organisation.id() + "/logo")).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(logo.statusCode()).isEqualTo(200);
		assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(logo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(logo.body()).isEqualTo(png);

		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		form = formOf(owner.get(edit(organisation.id())).body());
		HttpResponse<String> refused = multipart(owner, edit(organisation.id()), form, "logo.png", "image/png", svg);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Le logo doit être une image PNG, JPEG ou WebP");
		assertThat(organisations.find(organisation.id()).orElseThrow().logoPath()).endsWith(".png");
	}

	private static HttpResponse<String> multipart(WebClient web, String path, Map<String, String> fields,
			String filename, String type, byte[] content) {
		String boundary = "----gide" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", web.csrf());
		all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n"));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return web.send(HttpRequest.newBuilder(web.uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
