package org.gide.calls.call;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo content ({@code gide.demo.enabled}): one published, clearly fictitious call with four criteria and two
 * presentation workshops, its deadline three months after the first start. Created once (recognised by its slug).
 */
@Component
class DemoCall {

	static final String SLUG = "demo-alimentation-et-mobilite-en-cevennes";

	private static final Logger log = LoggerFactory.getLogger(DemoCall.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean enabled;

	DemoCall(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectProvider<Clock> clock,
			@Value("${gide.demo.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(30)
	void createOnce() {
		if (!enabled || Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from call where slug = ?)",
				Boolean.class, SLUG))) {
			return;
		}
		transactions.executeWithoutResult(status -> create());
		log.info("Demo call created: /appels/{}", SLUG);
	}

	private void create() {
		Instant now = clock.instant();
		LocalDate today = now.atZone(CallForm.PARIS).toLocalDate();
		Instant deadline = today.plusMonths(3).atTime(12, 0).atZone(CallForm.PARIS).toInstant();
		String description = """
				<p><strong>Démo — appel fictif.</strong> Le Département invite les structures de l’économie sociale et
				solidaire des Cévennes à construire ensemble des réponses aux besoins d’alimentation et de mobilité
				des habitants des vallées.</p>
				<p>Exemples de communs attendus :</p>
				<ul><li>une épicerie itinérante approvisionnée par des producteurs locaux ;</li>
				<li>un service de transport solidaire vers les marchés et les services ;</li>
				<li>une cuisine partagée ouverte aux associations.</li></ul>""";
		Long id = jdbc.queryForObject("""
				insert into call (slug, title, summary, description_html, plan_action, themes, territories, opens_at,
				  deadline, auditions_from, auditions_to, decision_on, status, published_at, created_at, updated_at)
				values (?, ?, ?, ?, '1.1', ?, '{}', ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?) returning id""", Long.class,
				SLUG, "Appel à commun(s) — Alimentation et mobilité en Cévennes (démo)",
				"Démo : appel fictif pour découvrir la plateforme. Des coopérations d’au moins trois structures de "
						+ "l’ESS pour nourrir et relier les vallées cévenoles.",
				org.gide.web.RichText.sanitize(description),
				new String[] { "alimentation", "mobilite", "agriculture", "solidarite" },
				Timestamp.from(today.atStartOfDay(CallForm.PARIS).toInstant()), Timestamp.from(deadline),
				today.plusMonths(3).plusWeeks(3), today.plusMonths(3).plusWeeks(4), today.plusMonths(4).plusWeeks(2),
				Timestamp.from(now), Timestamp.from(now), Timestamp.from(now));
		String[][] criteria = { { "Coopération entre structures de l’ESS", "Une gouvernance partagée et un rôle clair pour chaque structure.", "30" },
				{ "Réponse à un besoin du territoire", "Appuyée sur un diagnostic partagé avec les habitants.", "30" },
				{ "Croisement des thématiques", "Alimentation et mobilité pensées ensemble.", "20" },
				{ "Viabilité et essaimage", "Un budget réaliste et un commun réutilisable ailleurs.", "20" } };
		for (int i = 0; i < criteria.length; i++) {
			jdbc.update("insert into call_criterion (call_id, position, label, description, weight) values (?, ?, ?, ?, ?)",
					id, i + 1, criteria[i][0], criteria[i][1], Integer.parseInt(criteria[i][2]));
		}
		workshop(id, today.plusWeeks(2), "Salle du foyer rural (démo), Le Vigan", "30350",
				"Présentation de l’appel et rencontre entre structures (démo).", null);
		workshop(id, today.plusWeeks(5), "", null, "Atelier en ligne : questions sur le dossier (démo).",
				"https://visio.example.org/demo-appel-cevennes");
	}

	private void workshop(long callId, LocalDate day, String place, String commune, String description, String url) {
		ZonedDateTime start = day.atTime(LocalTime.of(18, 0)).atZone(CallForm.PARIS);
		jdbc.update("insert into call_workshop (call_id, starts_at, ends_at, place, commune_code, online_url, "
				+ "description) values (?, ?, ?, ?, ?, ?, ?)", callId, Timestamp.from(start.toInstant()),
				Timestamp.from(start.plusHours(2).toInstant()), place, commune, url, description);
	}

}
