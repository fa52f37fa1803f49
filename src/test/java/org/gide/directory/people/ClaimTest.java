package org.gide.directory.people;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.accounts.Role;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.Organisations;
import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gide.accounts.AccountsFixtures.awaitMail;
import static org.gide.accounts.AccountsFixtures.mailsTo;

/** Claims of an organisation: by a mail at its domain (single use, expiring, right domain only) or by moderation. */
class ClaimTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	private int administrators(long organisationId) {
		return jdbc.queryForObject("select count(*) from organisation_admin where organisation_id = ?", Integer.class,
				organisationId);
	}

	private String requestLink(WebClient web, long id, String typed) {
		HttpResponse<String> sent = web.submit("/annuaire/" + id + "/revendiquer",
				"/annuaire/" + id + "/revendiquer/courriel", Map.of("adresse", typed));
		assertThat(sent.statusCode()).isEqualTo(200);
		return sent.body();
	}

	@Test
	void aMailAtTheDomainMakesTheClaimantAnAdministratorOnceTheLinkIsConfirmed() {
		String domain = PeopleFixtures.domain("garrigue");
		OrganisationDetails school = PeopleFixtures.organisation(organisations, "École de la garrigue",
				"https://www." + domain + "/accueil");
		String email = PeopleFixtures.account(accounts, "revendique");
		WebClient claimant = PeopleFixtures.signIn(baseUrl(), email);

		String page = claimant.get("/annuaire/" + school.id() + "/revendiquer").body();
		assertThat(page).contains("Revendiquer « " + school.name()).contains(domain);
		assertThat(requestLink(claimant, school.id(), "contact")).contains("Vérifiez votre messagerie")
			.contains("contact@" + domain);

		String mail = awaitMail(MAIL, "contact@" + domain, 1);
		assertThat(mail).contains(school.name()).contains(email).contains("48 heures");
		String link = AccountsFixtures.link(mail, "/annuaire/revendication/confirmer");

		// Opening the link (as a mail scanner would) changes nothing: only the button's POST confirms.
		WebClient recipient = web();
		assertThat(recipient.get(link).body()).contains("Confirmer").contains(school.name());
		assertThat(administrators(school.id())).isZero();

		HttpResponse<String> confirmed = recipient.post("/annuaire/revendication/confirmer",
				Map.of("jeton", AccountsFixtures.token(link)));
		assertThat(confirmed.body()).contains("administre maintenant « " + school.name());
		assertThat(jdbc.queryForObject("select account_id from organisation_admin where organisation_id = ?",
				Long.class, school.id())).isEqualTo(PeopleFixtures.accountId(accounts, email));
		assertThat(awaitMail(MAIL, email, 1)).contains("Vous administrez maintenant").contains("/modifier");
		assertThat(claimant.get("/annuaire/" + school.id() + "/modifier").statusCode()).isEqualTo(200);

		// Single use: the page and a replayed POST both refuse the spent link.
		assertThat(web().get(link).body()).contains("Ce lien a déjà été utilisé").doesNotContain("name=\"jeton\"");
		WebClient replay = web();
		replay.get(link);
		assertThat(replay.post("/annuaire/revendication/confirmer", Map.of("jeton", AccountsFixtures.token(link)))
			.body()).contains("Ce lien a déjà été utilisé");
		assertThat(administrators(school.id())).isEqualTo(1);
	}

	@Test
	void anExpiredLinkIsRefusedAndGrantsNothing() {
		String domain = PeopleFixtures.domain("cevennes");
		OrganisationDetails coop = PeopleFixtures.organisation(organisations, "Coopérative des Cévennes",
				"https://" + domain);
		String email = PeopleFixtures.account(accounts, "expire");
		requestLink(PeopleFixtures.signIn(baseUrl(), email), coop.id(), "direction@" + domain);
		String link = AccountsFixtures.link(awaitMail(MAIL, "direction@" + domain, 1),
				"/annuaire/revendication/confirmer");
		assertThat(jdbc.queryForObject("select token_expires_at between now() + interval '47 hours' and now() + "
				+ "interval '49 hours' from organisation_claim where organisation_id = ?", Boolean.class, coop.id()))
			.isTrue();
		jdbc.update("update organisation_claim set token_expires_at = now() - interval '1 minute' "
				+ "where organisation_id = ?", coop.id());

		WebClient recipient = web();
		assertThat(recipient.get(link).body()).contains("Ce lien a expiré").doesNotContain("name=\"jeton\"");
		assertThat(recipient.post("/annuaire/revendication/confirmer", Map.of("jeton", AccountsFixtures.token(link)))
			.body()).contains("Ce lien a expiré");
		assertThat(administrators(coop.id())).isZero();
	}

	@Test
	void anAddressAtAnotherDomainOrAPublicProviderIsRefused() {
		String domain = PeopleFixtures.domain("vidourle");
		OrganisationDetails club = PeopleFixtures.organisation(organisations, "Club du Vidourle", "https://" + domain);
		WebClient claimant = PeopleFixtures.signIn(baseUrl(), PeopleFixtures.account(accounts, "autre"));

		assertThat(requestLink(claimant, club.id(), "moi@gmail.com"))
			.contains("n’est pas au nom de domaine de la structure")
			.contains("aria-invalid=\"true\"");
		assertThat(requestLink(claimant, club.id(), "contact@" + domain + ".evil.fr"))
			.contains("n’est pas au nom de domaine");
		assertThat(requestLink(claimant, club.id(), "a b")).contains("n’est pas valide");
		assertThat(mailsTo(MAIL, "moi@gmail.com")).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from organisation_claim where organisation_id = ?",
				Integer.class, club.id())).isZero();

		// An organisation whose only address is at a public mail provider offers no domain to prove anything.
		OrganisationDetails gmailOnly = organisations.create(org.gide.directory.OrganisationDraft
			.named("Amicale " + PeopleFixtures.next())
			.publicContact(null, "amicale@orange.fr", null));
		assertThat(claimant.get("/annuaire/" + gmailOnly.id() + "/revendiquer").body())
			.contains("demandez plutôt une vérification par la Mission ESS")
			.doesNotContain("revendiquer/courriel");
	}

	@Test
	void anAgentAcceptsOrRejectsAModeratedClaimAndTheClaimantIsTold() {
		OrganisationDetails assoc = PeopleFixtures.organisation(organisations, "Jardins partagés", null);
		String first = PeopleFixtures.account(accounts, "modere");
		String second = PeopleFixtures.account(accounts, "modere2");
		for (String email : new String[] { first, second }) {
			HttpResponse<String> asked = PeopleFixtures.signIn(baseUrl(), email)
				.submit("/annuaire/" + assoc.id() + "/revendiquer", "/annuaire/" + assoc.id() + "/revendiquer/moderation",
						Map.of("message", "Je suis trésorière de l’association."));
			assertThat(asked.body()).contains("Demande transmise");
		}
		WebClient agent = PeopleFixtures.signIn(baseUrl(), PeopleFixtures.account(accounts, "agent", Role.AGENT));
		String queue = agent.get("/admin/annuaire/revendications").body();
		assertThat(queue).contains(assoc.name()).contains(first).contains("Je suis trésorière");

		long firstClaim = claimOf(assoc.id(), first);
		long secondClaim = claimOf(assoc.id(), second);
		HttpResponse<String> noReason = agent.post("/admin/annuaire/revendications/" + secondClaim + "/refuser",
				Map.of("raison", " "));
		assertThat(noReason.body()).contains("Indiquez la raison du refus");
		assertThat(agent.post("/admin/annuaire/revendications/" + secondClaim + "/refuser",
				Map.of("raison", "Personne inconnue du bureau.")).statusCode()).isEqualTo(302);
		assertThat(awaitMail(MAIL, second, 1)).contains("Personne inconnue du bureau.");

		assertThat(agent.post("/admin/annuaire/revendications/" + firstClaim + "/accepter", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(agent.follow("/admin/annuaire/revendications").body()).doesNotContain(first);
		assertThat(awaitMail(MAIL, first, 1)).contains("Vous administrez maintenant");
		assertThat(jdbc.queryForObject("select granted_by from organisation_admin where organisation_id = ?",
				Long.class, assoc.id())).isNotNull();
		// A decided claim cannot be decided again.
		agent.get("/admin/annuaire/revendications");
		HttpResponse<String> again = agent.post("/admin/annuaire/revendications/" + firstClaim + "/refuser",
				Map.of("raison", "Trop tard"));
		assertThat(agent.follow(agent.location(again)).body()).contains("déjà été traitée");
		assertThat(administrators(assoc.id())).isEqualTo(1);
	}

	private long claimOf(long organisationId, String email) {
		return jdbc.queryForObject("select id from organisation_claim where organisation_id = ? and account_email = ?",
				Long.class, organisationId, email);
	}

}
