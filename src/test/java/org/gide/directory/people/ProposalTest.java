package org.gide.directory.people;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.accounts.Role;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gide.accounts.AccountsFixtures.awaitMail;

/** Proposals of missing organisations by the public, and their moderation: accept, merge, reject. */
class ProposalTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProposalRateLimit limit;

	private WebClient agent;

	@BeforeEach
	void agentAndFreshLimit() {
		limit.reset();
		agent = PeopleFixtures.signIn(baseUrl(), PeopleFixtures.account(accounts, "moderatrice", Role.AGENT));
	}

	private HttpResponse<String> propose(WebClient web, Map<String, String> fields) {
		return web.submit("/annuaire/proposer", "/annuaire/proposer", fields);
	}

	private long proposalNamed(String name) {
		return jdbc.queryForObject("select id from organisation_proposal where name = ?", Long.class, name);
	}

	@Test
	void anAnonymousProposalAcceptedByAnAgentBecomesAnOrganisationAndTheProposerIsTold() {
		String name = "Épicerie solidaire du Vigan " + PeopleFixtures.next();
		String contact = AccountsFixtures.uniqueEmail("proposant");
		String siret = PeopleFixtures.siret(PeopleFixtures.next());
		HttpResponse<String> sent = propose(web(), Map.of("name", name, "siret", siret, "commune", "Le Vigan",
				"description", "Produits locaux à prix solidaires.", "contactEmail", contact, "website2", ""));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(web().follow(sent.headers().firstValue("Location").orElseThrow()).body())
			.contains("Merci pour votre proposition");

		assertThat(agent.get("/admin/annuaire/propositions").body()).contains(name).contains(contact);
		long id = proposalNamed(name);
		assertThat(agent.get("/admin/annuaire/propositions/" + id).body()).contains("Le Vigan").contains(siret);
		HttpResponse<String> accepted = agent.post("/admin/annuaire/propositions/" + id + "/accepter", Map.of());
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(agent.follow("/admin/annuaire/propositions").body()).contains("est créée")
			.doesNotContain("href=\"/admin/annuaire/propositions/" + id + "\"");

		OrganisationDetails created = organisations.findBySiret(siret).orElseThrow();
		assertThat(created.name()).isEqualTo(name);
		assertThat(created.communeCode()).isEqualTo("30350");
		assertThat(created.latitude()).isNotNull();
		assertThat(jdbc.queryForList("select distinct origin from organisation_change where organisation_id = ?",
				String.class, created.id())).containsExactly("PROPOSAL");
		assertThat(jdbc.queryForObject("select status || ' ' || organisation_id from organisation_proposal where id = ?",
				String.class, id)).isEqualTo("ACCEPTED " + created.id());
		assertThat(awaitMail(MAIL, contact, 1)).contains(name).contains("/annuaire/" + created.id());
	}

	@Test
	void aProposalMergedIntoAnExistingOrganisationUpdatesTheFieldsTheAgentChose() {
		OrganisationDetails existing = organisations.create(OrganisationDraft
			.named("Association Les Amis du Pont " + PeopleFixtures.next())
			.description("Ancienne présentation.")
			.publicContact(null, null, "04 66 11 11 11"));
		String contact = AccountsFixtures.uniqueEmail("fusion");
		String name = "Les Amis du Pont du Gard " + PeopleFixtures.next();
		propose(web(), Map.of("name", name, "description", "Nouvelle présentation.", "publicPhone", "04 66 22 22 22",
				"publicWebsite", "amis-du-pont.fr", "contactEmail", contact));
		long id = proposalNamed(name);

		String found = agent.get("/admin/annuaire/propositions/" + id + "?recherche=amis+du+pont").body();
		assertThat(found).contains(existing.name()).contains("fusion?avec=" + existing.id());
		String page = agent.get("/admin/annuaire/propositions/" + id + "/fusion?avec=" + existing.id()).body();
		assertThat(page).contains("Ancienne présentation.").contains("Nouvelle présentation.")
			.contains("name=\"version\" value=\"" + existing.version() + "\"");

		Map<String, String> choices = new HashMap<>();
		choices.put("avec", String.valueOf(existing.id()));
		choices.put("version", String.valueOf(existing.version()));
		choices.put("garder_name", "existing");
		choices.put("garder_description", "proposal");
		choices.put("garder_publicPhone", "existing");
		choices.put("garder_publicWebsite", "proposal");
		HttpResponse<String> merged = agent.post("/admin/annuaire/propositions/" + id + "/fusion", choices);
		assertThat(merged.statusCode()).as(merged.body()).isEqualTo(302);

		OrganisationDetails after = organisations.find(existing.id()).orElseThrow();
		assertThat(after.name()).isEqualTo(existing.name());
		assertThat(after.description()).isEqualTo("Nouvelle présentation.");
		assertThat(after.publicContact().phone()).isEqualTo("04 66 11 11 11");
		assertThat(after.publicContact().website()).isEqualTo("https://amis-du-pont.fr");
		assertThat(jdbc.queryForList("select field from organisation_change where organisation_id = ? "
				+ "and origin = 'PROPOSAL'", String.class, existing.id()))
			.containsExactlyInAnyOrder("description", "publicWebsite");
		assertThat(organisations.protectedFields(existing.id())).contains("description", "publicWebsite");
		assertThat(awaitMail(MAIL, contact, 1)).contains(existing.name()).contains("complété sa fiche");
	}

	@Test
	void aRejectionNeedsAReasonWhichIsMailedToTheProposer() {
		String contact = AccountsFixtures.uniqueEmail("refus");
		String name = "Entreprise hors ESS " + PeopleFixtures.next();
		propose(web(), Map.of("name", name, "contactEmail", contact));
		long id = proposalNamed(name);
		agent.get("/admin/annuaire/propositions/" + id);
		HttpResponse<String> noReason = agent.post("/admin/annuaire/propositions/" + id + "/refuser", Map.of());
		assertThat(noReason.statusCode()).isEqualTo(200);
		assertThat(noReason.body()).contains("Indiquez la raison du refus");
		assertThat(agent.post("/admin/annuaire/propositions/" + id + "/refuser",
				Map.of("raison", "Société commerciale sans agrément ESUS.")).statusCode()).isEqualTo(302);
		assertThat(awaitMail(MAIL, contact, 1)).contains("Société commerciale sans agrément ESUS.");
		assertThat(jdbc.queryForObject("select status from organisation_proposal where id = ?", String.class, id))
			.isEqualTo("REJECTED");
	}

	@Test
	void theFormChecksIdentifiersAndSaysWhenTheOrganisationIsAlreadyListed() {
		String siret = PeopleFixtures.siret(PeopleFixtures.next());
		OrganisationDetails listed = organisations.create(OrganisationDraft.named("Déjà là " + PeopleFixtures.next())
			.siret(siret));
		HttpResponse<String> duplicate = propose(web(), Map.of("name", "Autre nom", "siret", siret.substring(0, 9)
				+ " " + siret.substring(9), "contactEmail", "x@exemple.fr"));
		assertThat(duplicate.statusCode()).isEqualTo(200);
		assertThat(duplicate.body()).contains("déjà dans l’annuaire")
			.contains("href=\"/annuaire/" + listed.id() + "\"");

		HttpResponse<String> invalid = propose(web(), Map.of("name", "", "siret", "12345678901234", "rna", "X12",
				"contactEmail", "pas-une-adresse"));
		assertThat(invalid.body()).contains("Indiquez le nom de l’organisation")
			.contains("sa clé de contrôle est fausse")
			.contains("doit être un W suivi de 9 chiffres")
			.contains("n’est pas valide");
	}

	@Test
	void aSignedInProposerHasTheirEmailPrefilled() {
		String email = PeopleFixtures.account(accounts, "membre");
		assertThat(PeopleFixtures.signIn(baseUrl(), email).get("/annuaire/proposer").body())
			.contains("value=\"" + email + "\"");
	}

	@Test
	void theHoneypotAndThePerAddressLimitStopRobots() {
		String robot = "Robot " + PeopleFixtures.next();
		HttpResponse<String> trapped = propose(web(), Map.of("name", robot, "contactEmail", "r@exemple.fr",
				"website2", "http://spam.example"));
		assertThat(trapped.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from organisation_proposal where name = ?", Integer.class,
				robot)).isZero();

		// Refused forms do not count; accepted ones do, up to the limit per hour.
		propose(web(), Map.of("name", "", "contactEmail", ""));
		for (int i = 0; i < limit.perHour(); i++) {
			assertThat(propose(web(), Map.of("name", "Lot " + i + " " + PeopleFixtures.next(), "contactEmail",
					"lot@exemple.fr")).statusCode()).isEqualTo(302);
		}
		HttpResponse<String> limited = propose(web(), Map.of("name", "Une de trop", "contactEmail", "lot@exemple.fr"));
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.body()).contains("Trop de propositions");
		assertThat(jdbc.queryForObject("select count(*) from organisation_proposal where name = 'Une de trop'",
				Integer.class)).isZero();
		limit.reset();
	}

}
