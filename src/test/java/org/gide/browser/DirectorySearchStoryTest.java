package org.gide.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.directory.GeoPrecision;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.OrganisationSource;
import org.gide.directory.Organisations;
import org.gide.directory.OrganisationsChanged;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor searches the directory, narrows it with a facet and pages through: with JavaScript the results are
 * replaced in place (the URL follows, the focus stays on the checkbox, the count is announced); without it the same
 * form reloads the page. Both are checked with axe-core.
 */
class DirectorySearchStoryTest extends IntegrationTest {

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	private final List<Long> created = new ArrayList<>();

	private BrowserContext context;

	private Page page;

	@BeforeEach
	void directoryAndBrowser() {
		create(OrganisationDraft.named("Crèche parentale l’Île aux enfants")
			.legalCategory("9220")
			.description("Petite enfance giderecit")
			.address(null, "30100", "30007")
			.position(44.1249, 4.0812, GeoPrecision.COMMUNE_CENTROID));
		create(OrganisationDraft.named("Scop des Cévennes")
			.legalCategory("5458")
			.description("Bâtiment giderecit")
			.address(null, "30140", "30010")
			.position(44.0514, 3.9853, GeoPrecision.COMMUNE_CENTROID));
		for (int i = 1; i <= 22; i++) {
			create(OrganisationDraft.named(String.format("Association giderecit %02d", i))
				.legalCategory("9220")
				.address(null, "30000", "30189")
				.position(43.8367, 4.3601, GeoPrecision.COMMUNE_CENTROID));
		}
		context = Browser.newContext();
		page = context.newPage();
	}

	@AfterEach
	void cleanUp() {
		context.close();
		jdbc.update("delete from organisation where id = any (?)", (Object) created.toArray(Long[]::new));
		events.publishEvent(new OrganisationsChanged(Set.copyOf(created), false));
	}

	private void create(OrganisationDraft draft) {
		created.add(organisations.create(draft.source(OrganisationSource.MANUAL, null)).id());
	}

	@Test
	void withJavaScriptAFacetUpdatesTheResultsInPlaceAndKeepsTheFocus() {
		page.navigate(baseUrl() + "/annuaire?q=giderecit");
		assertThat(page.locator("#result-count")).containsText("24 organisations");
		Browser.assertAccessible(page);

		Locator cooperative = page.locator("#f-famille-cooperative");
		cooperative.focus();
		page.keyboard().press("Space");

		page.waitForURL("**/annuaire?q=giderecit&famille=cooperative");
		assertThat(page.locator("#result-count")).containsText("1 organisation");
		assertThat(page.locator(".results-list")).containsText("Scop des Cévennes");
		assertThat(page.locator("#search-status")).containsText("1 organisation");
		assertThat(page.locator("#f-famille-cooperative")).isFocused();
		assertThat(page.locator("#f-famille-cooperative")).isChecked();
		// The other families stay offered with their counts, to widen the search.
		assertThat(page.locator("label[for=f-famille-association]")).containsText("(23)");
		Browser.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retirer le filtre : Famille : Coopérative"))
			.click();
		page.waitForURL("**/annuaire?q=giderecit");
		assertThat(page.locator("#result-count")).containsText("24 organisations");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Page suivante")).click();
		page.waitForURL("**page=2");
		assertThat(page.locator("#results-heading")).isFocused();
		assertThat(page.locator(".results-list li")).hasCount(4);
	}

	@Test
	void withoutJavaScriptTheFormReloadsThePage() {
		context.route("**/*.js", route -> route.abort());
		page.navigate(baseUrl() + "/annuaire?q=giderecit");
		page.locator("#f-famille-cooperative").check();
		page.locator("#apply-filters").click();
		page.waitForURL("**famille=cooperative**");
		assertThat(page.locator("#result-count")).containsText("1 organisation");
		assertThat(page.locator(".results-list")).containsText("Scop des Cévennes");

		page.locator("#f-famille-cooperative").uncheck();
		page.selectOption("#pres", "30007");
		page.selectOption("#rayon", "10");
		page.selectOption("#tri", "distance");
		page.locator("#search-submit").click();
		page.waitForURL("**pres=30007**");
		assertThat(page.locator("#result-count")).containsText("1 organisation");
		assertThat(page.locator(".results-list")).containsText("Crèche parentale");
		assertThat(page.locator(".results-list .distance")).containsText("km");
		assertThat(page.url()).contains("rayon=10").contains("tri=distance");
		Browser.assertAccessible(page);
	}

}
