package org.gide.browser;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.gide.directory.Sector;
import org.gide.resources.ResourceType;
import org.gide.resources.item.Licence;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.workflow.ResourceState;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A visitor opens a listing of the resource centre, narrows it with a facet, then opens an item: without
 * JavaScript the GET form reloads the page, with it htmx replaces the results in place; axe-core on every page.
 */
class ResourceReadingStoryTest extends IntegrationTest {

	@Autowired
	ResourceItems items;

	private BrowserContext context;

	private Page page;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

	private final String tag = "histoire-" + Long.toString(System.nanoTime(), 36);

	@BeforeEach
	void resourcesAndBrowser() {
		method("Grille d’évaluation des communs agricoles", Sector.AGRICULTURE);
		method("Kit d’animation de réunions sociales", Sector.ACTION_SOCIALE);
		context = Browser.newContext();
		page = context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		context.close();
	}

	private void method(String title, Sector sector) {
		ResourceItem item = new ResourceItem(ResourceType.METHOD, "methode", title, Licence.CC_BY, null, "Test", now);
		item.setSummary("Une méthode du réseau");
		item.setBody("<p>Présentation de la méthode.</p>");
		item.setPurpose("<p>Évaluer un commun</p>");
		item.setAudience("<p>Les collectifs</p>");
		item.setUsage("<p>En atelier</p>");
		item.setSectors(Set.of(sector));
		item.setTags(Set.of(tag));
		item.setState(ResourceState.PUBLISHED);
		item.setPublishedAt(now);
		item.setLastPublishedAt(now);
		items.store(item);
	}

	@Test
	void withoutJavaScriptTheListingIsFilteredThenTheItemOpened() {
		context.route("**/*.js", route -> route.abort());
		page.navigate(baseUrl() + "/ressources/methodes-et-outils?etiquette=" + tag);
		assertThat(page.locator("#result-count")).containsText("2 ressources");
		Browser.assertAccessible(page);

		page.locator("#f-secteur-agriculture").check();
		page.locator("#apply-filters").click();
		page.waitForURL("**secteur=agriculture**");
		assertThat(page.locator("#result-count")).containsText("1 ressource");
		assertThat(page.locator(".results-list")).containsText("Grille d’évaluation des communs agricoles");
		// disjunctive: the other sector stays offered with its count
		assertThat(page.locator("label[for=f-secteur-action_sociale]")).containsText("(1)");
		Browser.assertAccessible(page);

		page.locator(".results-list a").first().click();
		page.waitForURL("**/ressources/methodes-et-outils/*-methode");
		assertThat(page.locator("h1")).hasText("Grille d’évaluation des communs agricoles");
		assertThat(page.locator(".resource-fields")).containsText("À quoi ça sert");
		Browser.assertAccessible(page);

		page.locator("nav.main-nav a", new Page.LocatorOptions().setHasText("Ressources")).click();
		page.waitForURL("**/ressources");
		page.locator("#q").fill("evaluation communs agricoles");
		page.locator("#search-submit").click();
		page.waitForURL("**q=evaluation**");
		assertThat(page.locator(".results-list")).containsText("Grille d’évaluation des communs agricoles");
		Browser.assertAccessible(page);
	}

	@Test
	void withJavaScriptAFacetReplacesTheResultsInPlace() {
		page.navigate(baseUrl() + "/ressources/methodes-et-outils?etiquette=" + tag + "&lang=en");
		page.navigate(baseUrl() + "/ressources/methodes-et-outils?etiquette=" + tag);
		assertThat(page.locator("#result-count")).containsText("2 resources");
		page.locator("#f-secteur-action_sociale").check();
		page.waitForURL("**secteur=action_sociale**");
		assertThat(page.locator("#result-count")).containsText("1 resource");
		assertThat(page.locator(".results-list")).containsText("Kit d’animation de réunions sociales");
		Browser.assertAccessible(page);
		page.navigate(baseUrl() + "/?lang=fr");
	}

}
