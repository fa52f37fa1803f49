package org.gide.calls.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.gide.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo call: published once, with four criteria, two workshops and a deadline three months ahead. */
class DemoCallTest extends IntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationContext context;

	@Autowired
	CallCatalogue catalogue;

	@Test
	void theDemoCallIsCreatedOncePublishedAndOpen() {
		DemoCall demo = new DemoCall(jdbc, transactions, context.getBeanProvider(Clock.class), true);
		demo.createOnce();
		demo.createOnce();
		assertThat(jdbc.queryForObject("select count(*) from call where slug = ?", Integer.class, DemoCall.SLUG))
			.isEqualTo(1);
		CallCatalogue.CallView call = catalogue.findBySlug(DemoCall.SLUG).orElseThrow();
		assertThat(call.status()).isEqualTo(CallCatalogue.Status.PUBLISHED);
		assertThat(call.title()).contains("Alimentation et mobilité en Cévennes").contains("démo");
		assertThat(catalogue.criteria(call.id())).hasSize(4);
		assertThat(catalogue.workshops(call.id())).hasSize(2);
		Instant now = Instant.now();
		assertThat(call.isOpen(now)).isTrue();
		assertThat(Duration.between(now, call.deadline()).toDays()).isBetween(85L, 95L);
		assertThat(web().get("/appels/" + DemoCall.SLUG).body()).contains("Répondre à cet appel");
	}

}
