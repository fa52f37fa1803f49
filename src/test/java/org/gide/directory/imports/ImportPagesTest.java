package org.gide.directory.imports;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.directory.OrganisationsChanged;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The run page without JavaScript, the progress fragment htmx polls, and the events the apply publishes. */
@Import(ImportPagesTest.Changes.class)
class ImportPagesTest extends IntegrationTest {

	@Autowired
	ImportService imports;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Changes changes;

	@TestConfiguration
	static class Changes {

		final List<OrganisationsChanged> received = new CopyOnWriteArrayList<>();

		@EventListener
		void changed(OrganisationsChanged event) {
			received.add(event);
		}

	}

	@Test
	void theRunPageShowsAnAccessibleProgressAndTheFragmentAsksHtmxForAFullPageOnceDone() {
		TestUsers.ensure(accounts);
		jdbc.update("delete from organisation where source = 'CSV' and source_key like 'GARD-%'");
		CsvMapping mapping = new CsvMapping(java.util.Map.of("name", "Nom de la structure", "sourceKey", "Identifiant",
				"communeCode", "Code commune"), "sourceKey", null, null);
		ImportRun run = ImportFixtures.run(imports, ImportKind.CSV, mapping, "imports/liste-siae-gard.csv");
		WebClient agent = TestUsers.signIn(baseUrl(), "agent");

		String waiting = agent.get("/admin/annuaire/imports/" + run.id()).body();
		assertThat(waiting).contains("<progress id=\"run-progress\" max=\"100\" value=\"0\">")
			.contains("hx-trigger=\"every 2s\"")
			.contains(">Actualiser</a>")
			.doesNotContain("http-equiv");

		imports.parse(run.id());
		HttpResponse<String> fragment = agent.send(HttpRequest.newBuilder(agent.uri("/admin/annuaire/imports/"
				+ run.id() + "/progression")).header("HX-Request", "true").GET().build());
		assertThat(fragment.headers().firstValue("HX-Refresh")).hasValue("true");
		assertThat(fragment.body()).contains("Prêt pour la revue").doesNotContain("<html");

		String ready = agent.get("/admin/annuaire/imports/" + run.id() + "?vue=new").body();
		assertThat(ready).contains("Régie de quartier Nîmes Ouest").contains("Appliquer les changements")
			.doesNotContain("hx-trigger");

		changes.received.clear();
		imports.apply(run.id());
		List<Long> created = jdbc.queryForList("select id from organisation where source = 'CSV' and source_key like "
				+ "'GARD-%'", Long.class);
		assertThat(created).hasSize(3);
		assertThat(changes.received).anySatisfy(event -> assertThat(event.ids()).containsAll(created));

		HttpResponse<String> report = agent.get("/admin/annuaire/imports/" + run.id() + "/rapport.csv");
		assertThat(report.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> v.contains("attachment"));
		assertThat(report.body()).startsWith("\uFEFFfichier;ligne;decision;motif;extrait").contains("rejetée");

		assertThat(TestUsers.signIn(baseUrl(), "member").get("/admin/annuaire/imports/" + run.id()).statusCode())
			.isEqualTo(403);
	}

}
