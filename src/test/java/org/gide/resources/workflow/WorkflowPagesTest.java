package org.gide.resources.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.calls.dossiers.DossierFixtures;
import org.gide.directory.Organisations;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.gide.support.WebClient;

/**
 * The workspace and committee routes over real HTTP: an administrator of the contributing organisation works on
 * its item, one of another organisation gets 404 everywhere (ids cannot be probed), members get 403 on the
 * committee's routes, refusals are shown on the page with the user's input and change nothing, a stale version says
 * « modifiée entre-temps », revisions show their differences escaped in del/ins.
 */
class WorkflowPagesTest extends IntegrationTest {

	@Autowired
	private Accounts accounts;

	@Autowired
	private Organisations organisations;

	@Autowired
	private ResourceItems items;

	@Autowired
	private JdbcTemplate jdbc;

	private DossierFixtures.Admin owner;

	private ResourceItem item;

	@BeforeEach
	void item() {
		TestUsers.ensure(accounts);
		owner = WorkflowFixtures.contributor(accounts, organisations, jdbc, "espace");
		item = WorkflowFixtures.method(items, owner.organisationId(), owner.accountId(), true);
	}

	private String workspace() {
		return "/ressources/contributions/" + item.getId();
	}

	private long version() {
		return items.find(item.getId()).orElseThrow().getVersion();
	}

	private ResourceState state() {
		return items.find(item.getId()).orElseThrow().getState();
	}

	@Test
	void anotherOrganisationGets404AndMembersGet403OnTheCommittee() {
		DossierFixtures.Admin other = WorkflowFixtures.contributor(accounts, organisations, jdbc, "autre");
		WebClient intruder = DossierFixtures.signIn(baseUrl(), other.email());
		assertThat(intruder.get(workspace()).statusCode()).isEqualTo(404);
		assertThat(intruder.get(workspace() + "/revisions").statusCode()).isEqualTo(404);
		intruder.get("/ressources/lettre");
		intruder.get("/");
		assertThat(intruder.post(workspace() + "/soumettre", Map.of("version", String.valueOf(version())))
			.statusCode()).isEqualTo(404);
		assertThat(intruder.post(workspace() + "/commentaires", Map.of("body", "Bonjour")).statusCode())
			.isEqualTo(404);
		assertThat(intruder.post("/comite-editorial/ressources/" + item.getId() + "/publier",
				Map.of("version", String.valueOf(version())))
			.statusCode()).isEqualTo(403);
		assertThat(intruder.get("/comite-editorial").statusCode()).isEqualTo(403);
		assertThat(state()).isEqualTo(ResourceState.DRAFT);
		assertThat(jdbc.queryForObject("select count(*) from resource_comment where item_id = ?", Integer.class,
				item.getId())).isZero();
	}

	@Test
	void contributorSubmitsStaleVersionsChangeNothingAndEditorsNeedAReason() {
		WebClient contributor = DossierFixtures.signIn(baseUrl(), owner.email());
		HttpResponse<String> page = contributor.get(workspace());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(item.getTitle()).contains("Brouillon").contains("Soumettre au comité éditorial")
			.doesNotContain("Publier maintenant");

		long stale = version() - 1;
		HttpResponse<String> refused = contributor.post(workspace() + "/soumettre",
				Map.of("version", String.valueOf(stale), "reason", "Mon message gardé"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("modifiée entre-temps").contains("Mon message gardé");
		assertThat(state()).isEqualTo(ResourceState.DRAFT);

		HttpResponse<String> submitted = contributor.post(workspace() + "/soumettre",
				Map.of("version", String.valueOf(version()), "reason", "Prête à relire"));
		assertThat(submitted.statusCode()).isEqualTo(302);
		assertThat(contributor.location(submitted)).isEqualTo(workspace());
		assertThat(contributor.get(workspace()).body()).contains("a été soumise au comité éditorial")
			.contains("Prête à relire");
		assertThat(state()).isEqualTo(ResourceState.SUBMITTED);

		WebClient editor = TestUsers.signIn(baseUrl(), "editor");
		HttpResponse<String> queue = editor.get("/comite-editorial");
		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.body()).contains(item.getTitle()).contains(owner.organisationName());

		String changes = "/comite-editorial/ressources/" + item.getId() + "/demander-modifications";
		HttpResponse<String> noReason = editor.post(changes, Map.of("version", String.valueOf(version()), "reason", " "));
		assertThat(noReason.statusCode()).isEqualTo(200);
		assertThat(noReason.body()).contains("id=\"reason-error-REQUEST_CHANGES\"").contains("Indiquez le motif");
		assertThat(state()).isEqualTo(ResourceState.SUBMITTED);

		HttpResponse<String> requested = editor.post(changes,
				Map.of("version", String.valueOf(version()), "reason", "Précisez <b>pour qui</b>."));
		assertThat(requested.statusCode()).isEqualTo(302);
		assertThat(state()).isEqualTo(ResourceState.CHANGES_REQUESTED);
		String seen = contributor.get(workspace()).body();
		assertThat(seen).contains("Modifications demandées").contains("Précisez &lt;b&gt;pour qui&lt;/b&gt;.")
			.doesNotContain("<b>pour qui</b>");
	}

	@Test
	void schedulingNeedsAFutureParisDate() {
		WebClient editor = TestUsers.signIn(baseUrl(), "editor");
		editor.get(workspace());
		String schedule = "/comite-editorial/ressources/" + item.getId() + "/programmer";
		HttpResponse<String> invalid = editor.post(schedule,
				Map.of("version", String.valueOf(version()), "scheduledFor", "demain matin"));
		assertThat(invalid.body()).contains("Date ou heure invalide").contains("demain matin");
		LocalDateTime past = LocalDateTime.now(ZoneId.of("Europe/Paris")).minusHours(1).withSecond(0).withNano(0);
		HttpResponse<String> inThePast = editor.post(schedule,
				Map.of("version", String.valueOf(version()), "scheduledFor", past.toString()));
		assertThat(inThePast.body()).contains("doit être dans le futur");
		assertThat(state()).isEqualTo(ResourceState.DRAFT);

		LocalDateTime future = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusDays(2).withHour(9).withMinute(30)
			.withSecond(0).withNano(0);
		assertThat(editor.post(schedule, Map.of("version", String.valueOf(version()), "scheduledFor", future.toString()))
			.statusCode()).isEqualTo(302);
		ResourceItem scheduled = items.find(item.getId()).orElseThrow();
		assertThat(scheduled.getState()).isEqualTo(ResourceState.SCHEDULED);
		assertThat(scheduled.getScheduledFor()).isEqualTo(future.atZone(ZoneId.of("Europe/Paris")).toInstant());
		assertThat(editor.get(workspace()).body()).contains(
				future.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
	}

	@Test
	void commentsAndRevisionDifferences() {
		WorkflowFixtures.revision(jdbc, item, 1, item.getTitle(), "Un outil.", "<p>Pour les associations</p>",
				"{\"resources.field.audience\": \"Les associations\"}");
		WorkflowFixtures.revision(jdbc, item, 2, item.getTitle(), "Un outil.",
				"<p>Pour les coopératives & associations</p>",
				"{\"resources.field.audience\": \"Les <coopératives>\"}");
		WebClient contributor = DossierFixtures.signIn(baseUrl(), owner.email());
		contributor.get(workspace());
		HttpResponse<String> empty = contributor.post(workspace() + "/commentaires", Map.of("body", "   "));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("id=\"comment-error\"");
		HttpResponse<String> added = contributor.post(workspace() + "/commentaires",
				Map.of("body", "Nous avons ajouté les coopératives."));
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(contributor.get(workspace()).body()).contains("Nous avons ajouté les coopératives.")
			.contains("sur la révision 2");

		HttpResponse<String> list = contributor.get(workspace() + "/revisions");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("/revisions/2?avec=1");
		HttpResponse<String> diff = contributor.get(workspace() + "/revisions/2?avec=1");
		assertThat(diff.statusCode()).isEqualTo(200);
		assertThat(diff.body()).contains("<ins><span class=\"visually-hidden\">[ajouté :]</span>coopératives &amp;</ins>")
			.contains("<del><span class=\"visually-hidden\">[supprimé :]</span>associations</del>")
			.contains("&lt;coopératives&gt;")
			.doesNotContain("<coopératives>");
		assertThat(contributor.get(workspace() + "/revisions/9?avec=1").statusCode()).isEqualTo(404);
	}

}
