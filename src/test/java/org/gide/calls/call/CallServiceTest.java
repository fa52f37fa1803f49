package org.gide.calls.call;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.calls.Theme;
import org.gide.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules of calls against the real database: publishing refusals, slugs, field errors, optimistic locking. */
class CallServiceTest extends IntegrationTest {

	@Autowired
	CallService calls;

	@Autowired
	CallCatalogue catalogue;

	@Autowired
	JdbcTemplate jdbc;

	static CallForm form(String title) {
		CallForm form = new CallForm();
		form.setTitle(title);
		form.setVersion(0L);
		return form;
	}

	@Test
	void publishingAnEmptyDraftListsEveryMissingPiece() {
		long id = calls.create(form("Appel sans rien " + System.nanoTime()), null);
		CallRefused refused = catchThrowableOfType(CallRefused.class, () -> calls.publish(id));
		assertThat(refused.codes()).containsExactlyInAnyOrder("call.publish.error.description",
				"call.publish.error.deadlineMissing", "call.publish.error.criteria");
		assertThat(calls.load(id).status()).isEqualTo(CallCatalogue.Status.DRAFT);
	}

	@Test
	void aPastDeadlineByTheServerClockRefusesPublication() {
		CallForm form = form("Appel échu " + System.nanoTime());
		form.setDescription("<p>Une description</p>");
		form.setDeadlineOn(LocalDate.now(ZoneId.of("Europe/Paris")).minusDays(1).toString());
		long id = calls.create(form, null);
		calls.saveCriterion(id, null, "Coopération", "", "40");
		CallRefused refused = catchThrowableOfType(CallRefused.class, () -> calls.publish(id));
		assertThat(refused.codes()).containsExactly("call.publish.error.deadlinePast");
	}

	@Test
	void aCompleteDraftIsPublishedThenClosedAndOpenUntilItsDeadline() {
		CallForm form = form("Appel complet " + System.nanoTime());
		form.setDescription("<p>Une description <script>alert(1)</script></p>");
		form.setThemes(List.of("alimentation", "mobilite"));
		form.setDeadlineOn(LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(1).toString());
		form.setDeadlineTime("17:30");
		long id = calls.create(form, null);
		calls.saveCriterion(id, null, "Coopération", "", "40");
		calls.publish(id);
		CallCatalogue.CallView call = calls.load(id);
		assertThat(call.status()).isEqualTo(CallCatalogue.Status.PUBLISHED);
		assertThat(call.descriptionHtml()).doesNotContain("<script", "alert").contains("Une description");
		assertThat(call.themes()).containsExactly(Theme.ALIMENTATION, Theme.MOBILITE);
		assertThat(call.deadline().atZone(ZoneId.of("Europe/Paris")).toLocalTime().toString()).isEqualTo("17:30");
		assertThat(catalogue.isOpen(id, calls.now())).isTrue();
		assertThat(catalogue.isOpen(id, call.deadline())).isFalse();
		assertThat(call.minOrganisations()).isEqualTo(3);
		assertThat(call.minThemes()).isEqualTo(2);
		assertThat(call.diagnosisRequired()).isTrue();
		calls.close(id);
		assertThat(calls.load(id).status()).isEqualTo(CallCatalogue.Status.CLOSED);
		assertThat(catalogue.isOpen(id, calls.now())).isFalse();
	}

	@Test
	void slugsAreDerivedFromTitlesAndKeptUnique() {
		String title = "Appel à commun(s) — Habitat léger " + System.nanoTime();
		long first = calls.create(form(title), null);
		long second = calls.create(form(title), null);
		String slug = calls.load(first).slug();
		assertThat(slug).startsWith("appel-a-communs-habitat-leger-");
		assertThat(calls.load(second).slug()).isEqualTo(slug + "-2");

		CallForm taken = CallForm.of(calls.load(second), List.of());
		taken.setSlug(slug);
		CallRefused refused = catchThrowableOfType(CallRefused.class, () -> calls.update(second, taken));
		assertThat(refused.problems()).extracting(CallRefused.Problem::field, CallRefused.Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("slug", "call.error.slug.taken"));

		CallForm bad = CallForm.of(calls.load(second), List.of());
		bad.setSlug("Pas Bon!");
		assertThat(catchThrowableOfType(CallRefused.class, () -> calls.update(second, bad)).codes())
			.containsExactly("call.error.slug.format");
	}

	@Test
	void timelineErrorsNameTheirFields() {
		CallForm form = form("Calendrier incohérent " + System.nanoTime());
		form.setOpensOn("2031-05-10");
		form.setDeadlineOn("2031-05-01");
		form.setAuditionsFrom("2031-04-20");
		form.setAuditionsTo("2031-04-10");
		form.setDecisionOn("2031-04-01");
		form.setMinOrganisations("0");
		form.setThemes(List.of("alimentation"));
		form.setMinThemes("2");
		CallRefused refused = catchThrowableOfType(CallRefused.class, () -> calls.create(form, null));
		assertThat(refused.problems()).extracting(CallRefused.Problem::field)
			.containsExactlyInAnyOrder("deadlineOn", "auditionsFrom", "auditionsTo", "decisionOn", "minOrganisations",
					"minThemes");
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() {
		long id = calls.create(form("Appel partagé " + System.nanoTime()), null);
		CallForm mine = CallForm.of(calls.load(id), List.of());
		CallForm theirs = CallForm.of(calls.load(id), List.of());
		theirs.setSummary("Leur résumé");
		calls.update(id, theirs);
		mine.setSummary("Mon résumé");
		assertThatThrownBy(() -> calls.update(id, mine)).isInstanceOf(CallConflict.class);
		assertThat(calls.load(id).summary()).isEqualTo("Leur résumé");
	}

	@Test
	void criteriaAreWeightedReorderedAndRenumbered() {
		long id = calls.create(form("Appel à critères " + System.nanoTime()), null);
		calls.saveCriterion(id, null, "A", "", "10");
		calls.saveCriterion(id, null, "B", "", "20");
		calls.saveCriterion(id, null, "C", "", "30");
		assertThat(catchThrowableOfType(CallRefused.class, () -> calls.saveCriterion(id, null, "", "", "101")).codes())
			.containsExactlyInAnyOrder("call.criterion.error.label", "call.error.number");
		List<CallCatalogue.CriterionView> criteria = catalogue.criteria(id);
		calls.moveCriterion(id, criteria.get(2).id(), -1);
		assertThat(catalogue.criteria(id)).extracting(CallCatalogue.CriterionView::label).containsExactly("A", "C", "B");
		calls.removeCriterion(id, criteria.get(0).id());
		assertThat(catalogue.criteria(id)).extracting(CallCatalogue.CriterionView::label, CallCatalogue.CriterionView::position)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("C", 1), org.assertj.core.groups.Tuple.tuple("B", 2));
		long other = calls.create(form("Autre appel " + System.nanoTime()), null);
		assertThatThrownBy(() -> calls.removeCriterion(other, criteria.get(1).id())).isInstanceOf(CallNotFound.class);
	}

	@Test
	void workshopsNeedAPlaceOrALinkAndAttendeesOnlyOnceHeld() {
		long id = calls.create(form("Appel à ateliers " + System.nanoTime()), null);
		String future = LocalDate.now().plusDays(10).toString();
		CallRefused refused = catchThrowableOfType(CallRefused.class, () -> calls.saveWorkshop(id, null,
				new CallService.WorkshopInput(future, "18:00", "17:00", "", "abc", "ftp://x", "", "")));
		assertThat(refused.problems()).extracting(CallRefused.Problem::field)
			.containsExactlyInAnyOrder("endTime", "communeCode", "onlineUrl");
		assertThat(catchThrowableOfType(CallRefused.class, () -> calls.saveWorkshop(id, null,
				new CallService.WorkshopInput(future, "18:00", "", "Salle", "30007", "", "", "12"))).codes())
			.containsExactly("call.workshop.error.attendeesFuture");
		String past = LocalDate.now().minusDays(3).toString();
		calls.saveWorkshop(id, null, new CallService.WorkshopInput(past, "18:00", "20:00", "Salle", "30007", "", "", "12"));
		CallCatalogue.WorkshopView held = catalogue.workshops(id).get(0);
		assertThat(held.attendees()).isEqualTo(12);
		assertThat(held.held(calls.now())).isTrue();
		calls.cancelWorkshop(id, held.id(), true);
		assertThat(catalogue.workshops(id).get(0).held(calls.now())).isFalse();
	}

}
