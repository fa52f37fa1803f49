package org.gide.resources.item;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.accounts.Role;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.resources.workflow.ActorRole;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisations, administrators, accounts and forms for the authoring tests. */
final class AuthoringFixtures {

	private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

	private AuthoringFixtures() {
	}

	static long next() {
		return SEQ.incrementAndGet();
	}

	static long organisation(Organisations organisations, String name) {
		return organisations.create(OrganisationDraft.named(name + " " + next()).legalCategory("9220")).id();
	}

	static String account(Accounts accounts, String prefix, Role... roles) {
		String email = AccountsFixtures.uniqueEmail(prefix);
		accounts.createVerifiedAccount(email, "Camille " + prefix, AccountsFixtures.PASSWORD, Set.of(roles));
		return email;
	}

	static long accountId(Accounts accounts, String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}

	static void administer(JdbcTemplate jdbc, Accounts accounts, long organisationId, String email) {
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, ?)", organisationId, accountId(accounts, email), email, "Camille");
	}

	static ResourceActor contributor(Accounts accounts, String email, long... organisations) {
		Set<Long> ids = new java.util.HashSet<>();
		for (long o : organisations) {
			ids.add(o);
		}
		return new ResourceActor(accountId(accounts, email), "Camille", ActorRole.CONTRIBUTOR, ids);
	}

	static WebClient signIn(String baseUrl, String email) {
		WebClient web = new WebClient(baseUrl);
		HttpResponse<String> response = AccountsFixtures.login(web, email, AccountsFixtures.PASSWORD);
		assertThat(web.location(response)).doesNotContain("erreur");
		return web;
	}

	/** A complete method form of the organisation. */
	static Map<String, String> method(long organisation, String title) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("organisation", String.valueOf(organisation));
		form.put("title", title);
		form.put("summary", "Une méthode pour animer un collectif.");
		form.put("body", "<p>Le déroulé complet.</p>");
		form.put("licence", "CC_BY_SA");
		form.put("purpose", "<p>Décider ensemble.</p>");
		form.put("audience", "<p>Les collectifs.</p>");
		form.put("usage", "<p>En trois temps.</p>");
		form.put("origin", "EXISTING");
		form.put("tags", "Gouvernance, Animation");
		return form;
	}

	static ResourceForm methodForm(long organisation, String title) {
		ResourceForm form = new ResourceForm();
		form.setOrganisation(organisation);
		form.setTitle(title);
		form.setLicence("CC_BY");
		form.setPurpose("Décider ensemble.");
		form.setAudience("Les collectifs.");
		form.setUsage("En trois temps.");
		return form;
	}

	/** Posts a file to the item's attachments as a browser does (multipart, the CSRF token as a part). */
	static HttpResponse<String> upload(WebClient web, long item, long version, String title, String fileName,
			byte[] content) {
		web.get("/ressources/contributions/" + item + "/modifier");
		String boundary = "----gide" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> fields = Map.of("_csrf", web.csrf(), "version", String.valueOf(version),
				"attachmentTitle", title);
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return web.send(HttpRequest.newBuilder(web.uri("/ressources/contributions/" + item + "/pieces"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	static void publish(ResourceItems items, long id) {
		ResourceItem item = items.find(id).orElseThrow();
		item.setState(org.gide.resources.workflow.ResourceState.PUBLISHED);
		item.setPublishedAt(Instant.now());
		item.setLastPublishedAt(Instant.now());
		items.store(item);
	}

}
