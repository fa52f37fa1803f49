package org.gide.resources.indicators;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.resources.ResourceType;
import org.gide.resources.indicators.ResourceIndicators.ArticleViews;
import org.gide.resources.indicators.ResourceIndicators.Period;
import org.gide.resources.indicators.ResourceIndicators.Report;
import org.gide.resources.indicators.ResourceIndicators.Step;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.workflow.EditorialAction;
import org.gide.resources.workflow.ResourceState;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.gide.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every indicator of docs/resources.md § 10 computed on rows seeded in a year of their own (so that the other tests'
 * rows do not count), asserted exactly, with the edges: Paris days (a publication at 23:30 UTC on 31 December
 * belongs to the next year), items unpublished since, SYSTEM publications and contributors' actions not counted as
 * decisions. Then the page and the CSV over real HTTP.
 */
class ResourceIndicatorsTest extends IntegrationTest {

	/** Each test seeds its own year, long past. */
	private static final AtomicInteger YEARS = new AtomicInteger(2001);

	private static final int YEARS_APART = 3;

	@Autowired
	ResourceIndicators indicators;

	@Autowired
	ResourceItems items;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	int year;

	long o1, o2, o3, o4, o5;

	long researchArticle, politicalArticle, method, deliverable;

	@BeforeEach
	void seed() {
		TestUsers.ensure(accounts);
		year = YEARS.getAndAdd(YEARS_APART);
		o1 = MeasureFixtures.next();
		o2 = MeasureFixtures.next();
		o3 = MeasureFixtures.next();
		o4 = MeasureFixtures.next();
		o5 = MeasureFixtures.next();
		// Q1: two articles and a news item published at 00:30 in Paris on 1 January (23:30 UTC the day before)
		researchArticle = item(ResourceType.ARTICLE, "Article de recherche " + year, paris(1, 15, 10), ResourceState.PUBLISHED, o1, o2);
		ResourceItem research = items.find(researchArticle).orElseThrow();
		research.setArticleKind(ResourceItem.ArticleKind.RESEARCH);
		items.store(research);
		politicalArticle = item(ResourceType.ARTICLE, "=HYPERLINK(\"http://x\") " + year, paris(2, 10, 9),
				ResourceState.PUBLISHED, o1);
		ResourceItem political = items.find(politicalArticle).orElseThrow();
		political.setArticleKind(ResourceItem.ArticleKind.POLITICAL);
		items.store(political);
		item(ResourceType.NEWS, "Nouvelle du Nouvel An", Instant.parse((year - 1) + "-12-31T23:30:00Z"),
				ResourceState.PUBLISHED, o4);
		// Q2: a method published at 00:30 in Paris on 1 April, a deliverable still public and one unpublished since
		method = item(ResourceType.METHOD, "Méthode", Instant.parse(year + "-03-31T22:30:00Z"), ResourceState.PUBLISHED, o3);
		deliverable = item(ResourceType.DELIVERABLE, "Livrable public", paris(5, 5, 12), ResourceState.PUBLISHED, o2);
		item(ResourceType.DELIVERABLE, "Livrable retiré", paris(6, 1, 12), ResourceState.UNPUBLISHED, o2);
		// Q3: three impact studies, two of the same experiment, one of none
		long s1 = item(ResourceType.IMPACT_STUDY, "Étude 1", paris(7, 1, 12), ResourceState.PUBLISHED, o5);
		long s2 = item(ResourceType.IMPACT_STUDY, "Étude 2", paris(8, 1, 12), ResourceState.PUBLISHED, o5);
		item(ResourceType.IMPACT_STUDY, "Étude 3", paris(9, 1, 12), ResourceState.PUBLISHED, o5);
		for (long study : new long[] { s1, s2 }) {
			ResourceItem s = items.find(study).orElseThrow();
			s.setDossierId(770_000L + year);
			items.store(s);
		}
		// outside the year: published at 00:30 in Paris on 1 January of the next year; a draft
		item(ResourceType.NEWS, "Nouvelle de l’année suivante", Instant.parse(year + "-12-31T23:30:00Z"),
				ResourceState.PUBLISHED, o5);
		items.store(MeasureFixtures.draft(ResourceType.NEWS, "Brouillon"));

		// views (the views part's own table)
		views(researchArticle, LocalDate.of(year, 3, 1), 5);
		views(researchArticle, LocalDate.of(year, 3, 2), 2);
		views(researchArticle, LocalDate.of(year + 1, 1, 1), 10);
		views(politicalArticle, LocalDate.of(year, 2, 11), 4);
		views(method, LocalDate.of(year, 4, 2), 3);

		// the workflow's log (part B's table, seeded with SQL)
		transition(researchArticle, "APPROVE", "EDITOR", paris(1, 10, 10));
		transition(researchArticle, "REQUEST_CHANGES", "AGENT", paris(1, 5, 10));
		transition(researchArticle, "PUBLISH", "SYSTEM", paris(1, 15, 10));
		transition(researchArticle, "SUBMIT", "CONTRIBUTOR", paris(1, 4, 10));
		transition(method, "PUBLISH", "ADMIN", paris(8, 1, 10));
		transition(method, "DECLINE", "EDITOR", paris(9, 30, 23));
		transition(method, "APPROVE", "EDITOR", Instant.parse(year + "-12-31T23:30:00Z"));

		// meetings of the committee
		meeting(LocalDate.of(year, 3, 10));
		meeting(LocalDate.of(year, 11, 30));
		meeting(LocalDate.of(year + 1, 1, 1));
	}

	private static Instant paris(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(ResourceIndicators.ZONE).toInstant();
	}

	private Instant paris(int month, int day, int hour) {
		return paris(year, month, day, hour);
	}

	private long item(ResourceType type, String title, Instant publishedAt, ResourceState state, Long... organisations) {
		return items.store(MeasureFixtures.published(MeasureFixtures.draft(type, title), publishedAt, state,
				List.of(organisations)))
			.getId();
	}

	private void views(long item, LocalDate day, int views) {
		jdbc.update("insert into resource_view_daily (item_id, day, views) values (?, ?, ?)", item, Date.valueOf(day),
				views);
	}

	private void transition(long item, String action, String role, Instant at) {
		jdbc.update("insert into resource_transition (item_id, action, from_state, to_state, actor_id, actor_label, "
				+ "actor_role, reason, at) values (?, ?, 'SUBMITTED', 'APPROVED', null, 'Comité', ?, 'Une raison', ?)",
				item, action, role, Timestamp.from(at));
	}

	private void meeting(LocalDate day) {
		jdbc.update("insert into editorial_meeting (held_on, title, recorded_by, recorded_at) values (?, 'Comité', 0, now())",
				Date.valueOf(day));
	}

	private Period theYear(Step step) {
		return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), step);
	}

	@Test
	void eachIndicatorIsComputedOnTheSeededRows() {
		Report report = indicators.report(theYear(Step.QUARTER));
		LocalDate q1 = LocalDate.of(year, 1, 1), q2 = LocalDate.of(year, 4, 1), q3 = LocalDate.of(year, 7, 1),
				q4 = LocalDate.of(year, 10, 1);

		// ITEMS_PUBLISHED per type and quarter (first publication; the unpublished deliverable counts)
		assertThat(report.publishedByStep()).containsOnlyKeys(q1, q2, q3, q4);
		assertThat(nonZero(report.publishedByStep().get(q1)))
			.isEqualTo(Map.of(ResourceType.ARTICLE, 2L, ResourceType.NEWS, 1L));
		assertThat(nonZero(report.publishedByStep().get(q2)))
			.isEqualTo(Map.of(ResourceType.METHOD, 1L, ResourceType.DELIVERABLE, 2L));
		assertThat(nonZero(report.publishedByStep().get(q3))).isEqualTo(Map.of(ResourceType.IMPACT_STUDY, 3L));
		assertThat(nonZero(report.publishedByStep().get(q4))).isEmpty();
		assertThat(report.published()).isEqualTo(9);
		assertThat(report.publishedByType().get(ResourceType.DELIVERABLE)).isEqualTo(2);

		// ORGANISATIONS_PRODUCING: Q1 o1, o2, o4; Q2 o3, o2; Q3 o5; overall five
		assertThat(report.organisationsByStep()).containsExactly(Map.entry(q1, 3L), Map.entry(q2, 2L),
				Map.entry(q3, 1L), Map.entry(q4, 0L));
		assertThat(report.organisations()).isEqualTo(5);

		// VIEWS_PER_ARTICLE (views of the next year left out), research articles, every item
		assertThat(report.articleViews().stream().filter(a -> a.itemId() == researchArticle || a.itemId() == politicalArticle))
			.extracting(ArticleViews::itemId, ArticleViews::kind, ArticleViews::views)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(researchArticle, ResourceItem.ArticleKind.RESEARCH, 7L),
					org.assertj.core.groups.Tuple.tuple(politicalArticle, ResourceItem.ArticleKind.POLITICAL, 4L));
		assertThat(report.researchArticleViews()).isEqualTo(7);
		assertThat(report.views()).isEqualTo(5 + 2 + 4 + 3);

		// DELIVERABLES_PUBLISHED (still public), IMPACT_STUDIES and the experiments they evaluate
		assertThat(report.deliverables()).isEqualTo(1);
		assertThat(report.impactStudies()).isEqualTo(3);
		assertThat(report.impactStudyExperiments()).isEqualTo(1);

		// COMMITTEE_DECISIONS: SYSTEM and CONTRIBUTOR rows and next year's approval left out
		assertThat(nonZero(report.decisionsByStep().get(q1)))
			.isEqualTo(Map.of(EditorialAction.APPROVE, 1L, EditorialAction.REQUEST_CHANGES, 1L));
		assertThat(nonZero(report.decisionsByStep().get(q3)))
			.isEqualTo(Map.of(EditorialAction.PUBLISH, 1L, EditorialAction.DECLINE, 1L));
		assertThat(nonZero(report.decisionsByStep().get(q2))).isEmpty();
		assertThat(report.decisions()).isEqualTo(4);

		// MEETINGS
		assertThat(report.meetings()).isEqualTo(2);
	}

	@Test
	void theResearchArticlesViewsAreOnlyThoseOfResearchArticles() {
		// a period holding only this test's views: the research article's 7, not the political one's 4
		Report march = indicators.report(new Period(LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 3), Step.MONTH));
		assertThat(march.researchArticleViews()).isEqualTo(7);
		assertThat(march.views()).isEqualTo(7);
		assertThat(march.published()).isZero();
		assertThat(march.publishedByStep()).containsOnlyKeys(LocalDate.of(year, 3, 1));
	}

	@Test
	void byMonthAndByYear() {
		Report byMonth = indicators.report(theYear(Step.MONTH));
		assertThat(byMonth.publishedByStep()).hasSize(12);
		assertThat(nonZero(byMonth.publishedByStep().get(LocalDate.of(year, 1, 1))))
			.isEqualTo(Map.of(ResourceType.ARTICLE, 1L, ResourceType.NEWS, 1L));
		assertThat(nonZero(byMonth.publishedByStep().get(LocalDate.of(year, 4, 1))))
			.as("published at 00:30 on 1 April in Paris").isEqualTo(Map.of(ResourceType.METHOD, 1L));
		assertThat(nonZero(byMonth.publishedByStep().get(LocalDate.of(year, 3, 1)))).isEmpty();
		Report byYear = indicators.report(theYear(Step.YEAR));
		assertThat(byYear.publishedByStep()).containsOnlyKeys(LocalDate.of(year, 1, 1));
		assertThat(byYear.organisationsByStep()).containsExactly(Map.entry(LocalDate.of(year, 1, 1), 5L));
		assertThat(byYear.published()).isEqualTo(9);
	}

	@Test
	void thePageShowsTheFiguresInFrenchToTheCommittee() {
		for (String visitor : new String[] { "editor", "agent", "admin" }) {
			WebClient web = TestUsers.signIn(baseUrl(), visitor);
			HttpResponse<String> page = web
				.get("/agent/indicateurs/ressources?du=" + year + "-01-01&au=" + year + "-12-31&pas=quarter");
			assertThat(page.statusCode()).as(visitor).isEqualTo(200);
			assertThat(page.body()).contains("Indicateurs du centre de ressources")
				.contains("1ᵉ trimestre " + year)
				.contains("3ᵉ trimestre " + year)
				.contains("Article de recherche " + year)
				.contains("Scientifique (recherche)")
				.contains("Nombre de réunions consignées dont la date tombe dans la période.");
			assertThat(page.body()).containsPattern(
					"(?s)id=\"indicateur-PUBLISHED\">.*?<td class=\"number\">9</td>");
			assertThat(page.body()).containsPattern(
					"(?s)id=\"indicateur-MEETINGS\">.*?<td class=\"number\">2</td>");
		}
		HttpResponse<String> month = TestUsers.signIn(baseUrl(), "editor")
			.get("/agent/indicateurs/ressources?du=" + year + "-01-01&au=" + year + "-12-31&pas=month");
		assertThat(month.body()).contains("Janvier " + year).contains("Décembre " + year);
	}

	@Test
	void aWrongPeriodIsNamedAndTheDefaultShown() {
		WebClient web = TestUsers.signIn(baseUrl(), "editor");
		HttpResponse<String> page = web.get("/agent/indicateurs/ressources?du=hier&au=" + year + "-01-01&pas=semaine");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"du-error\"")
			.contains("Saisissez une date au format AAAA-MM-JJ.")
			.contains("id=\"pas-error\"")
			.contains("Choisissez le mois, le trimestre ou l’année.");
		HttpResponse<String> reversed = web
			.get("/agent/indicateurs/ressources?du=" + year + "-12-31&au=" + year + "-01-01");
		assertThat(reversed.body()).contains("La date de fin doit suivre la date de début.");
	}

	@Test
	void theCsvHasEveryIndicatorAndNeutralisesFormulas() {
		WebClient web = TestUsers.signIn(baseUrl(), "agent");
		HttpResponse<String> response = web
			.get("/agent/indicateurs/ressources.csv?du=" + year + "-01-01&au=" + year + "-12-31&pas=quarter");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/csv").contains("UTF-8"));
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				d -> assertThat(d).contains("indicateurs-ressources-" + year + "-01-01-" + year + "-12-31.csv"));
		assertThat(response.body()).as("UTF-8 byte order mark").startsWith("\uFEFF");
		String csv = response.body().substring(1);
		String whole = year + "-01-01 – " + year + "-12-31";
		assertThat(csv.lines().findFirst()).contains("Indicateur;Code;Période;Détail;Valeur");
		assertThat(csv.lines().toList()).contains("Informations publiées;PUBLISHED;" + whole + ";;9",
				"Contenus publiés par type et par période;ITEMS_PUBLISHED;" + year + "-04-01;Livrable d’appel à commun(s);2",
				"Structures ayant produit des éléments publiés;ORGANISATIONS_PRODUCING;" + whole + ";;5",
				"Structures ayant produit des éléments publiés;ORGANISATIONS_PRODUCING;" + year + "-07-01;;1",
				"Consultations par article;VIEWS_PER_ARTICLE;" + whole + ";Article de recherche " + year
						+ " (Scientifique (recherche));7",
				"Livrables des appels à commun(s) publiés;DELIVERABLES_PUBLISHED;" + whole + ";;1",
				"Études d’impact publiées;IMPACT_STUDIES;" + whole + ";;3",
				"Expérimentations ayant leur étude d’impact;IMPACT_STUDY_EXPERIMENTS;" + whole + ";;1",
				"Décisions du comité éditorial;COMMITTEE_DECISIONS;" + whole + ";;4",
				"Décisions du comité éditorial;COMMITTEE_DECISIONS;" + year + "-01-01;Approbation;1",
				"Réunions du comité éditorial;MEETINGS;" + whole + ";;2");
		// a title that a spreadsheet would run as a formula is quoted and prefixed
		assertThat(csv).contains(";\"'=HYPERLINK(\"\"http://x\"\") " + year + " (Politique)\";4");
		assertThat(csv).doesNotContain(";=HYPERLINK");
	}

	private static <K> Map<K, Long> nonZero(Map<K, Long> counts) {
		Map<K, Long> result = new java.util.HashMap<>();
		counts.forEach((k, v) -> {
			if (v != 0) {
				result.put(k, v);
			}
		});
		return result;
	}

}
