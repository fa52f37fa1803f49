package org.gide.calls.dossiers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.directory.Organisations;
import org.gide.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Two co-authors save the same version of a dossier at the same moment: one save wins, the other is told. */
class DossierConcurrencyTest extends IntegrationTest {

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Test
	void simultaneousSavesOfOneVersionLetExactlyOneWin() throws Exception {
		DossierFixtures.Call call = DossierFixtures.openCall(jdbc, 3, 2);
		DossierFixtures.Admin lead = DossierFixtures.admin(accounts, organisations, jdbc, "simul", "Régie de quartier");
		Actor first = DossierFixtures.actor(lead);
		long id = dossiers.open(first, call.slug(), lead.organisationId(), "Projet partagé", null);
		DossierFixtures.Admin other = DossierFixtures.admin(accounts, organisations, jdbc, "simul2", "Autre");
		DossierFixtures.addAdministrator(jdbc, lead.organisationId(), other.accountId(), other.email(), other.name());
		Actor second = DossierFixtures.actor(other);
		long version = dossiers.load(id).orElseThrow().version();

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> results = new ArrayList<>();
		for (Actor actor : List.of(first, second)) {
			Callable<String> save = () -> {
				start.await();
				try {
					dossiers.saveContent(actor, id, version, new Dossiers.Content("Titre de " + actor.name(), "", "",
							"", List.of(), List.of("alimentation"), ""));
					return "saved";
				}
				catch (StaleDossier stale) {
					return "stale by " + stale.author();
				}
			};
			results.add(pool.submit(save));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : results) {
			outcomes.add(result.get());
		}
		pool.shutdown();

		assertThat(outcomes).containsOnlyOnce("saved");
		String winner = jdbc.queryForObject("select title from dossier where id = ?", String.class, id);
		String loser = outcomes.stream().filter(o -> o.startsWith("stale")).findFirst().orElseThrow();
		assertThat(loser).isEqualTo("stale by " + winner.substring("Titre de ".length()));
		assertThat(jdbc.queryForObject("select version from dossier where id = ?", Long.class, id)).isEqualTo(version + 1);
		assertThat(jdbc.queryForObject("select count(*) from dossier_version where dossier_id = ?", Long.class, id))
			.isEqualTo(2);
	}

}
