package org.gide.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.directory.GeoPrecision;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor explores the map: clusters load for the viewport, a click on a cluster zooms in, the list beside the
 * map follows (and works from the keyboard), a point opens its organisation; without JavaScript the page still
 * shows the communes' choropleth and tables. Tiles are unreachable here (the browser reaches localhost only): the
 * commune outlines are drawn anyway. The organisations are GEIQ resource actors, a filter no other test uses.
 */
class MapStoryTest extends IntegrationTest {

	private static final String MINE = "structure=geiq&ressource=oui";

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.context.ApplicationContext application;

	private BrowserContext context;

	private Page page;

	private final List<String> consoleErrors = new ArrayList<>();

	@BeforeEach
	void openBrowser() throws Exception {
		if (jdbc.queryForObject("select count(*) from organisation where inclusion_type = 'GEIQ' and resource_actor",
				Integer.class) == 0) {
			for (int i = 0; i < 30; i++) {
				organisations.create(OrganisationDraft.named("GEIQ nîmois n° " + i)
					.legalCategory("9220")
					.address(null, "30000", "30189")
					.position(43.80 + (i % 6) * 0.01, 4.30 + (i / 6) * 0.01, GeoPrecision.ADDRESS)
					.inclusionType("GEIQ")
					.resourceActor(true, null));
				organisations.create(OrganisationDraft.named("GEIQ alésien n° " + i)
					.legalCategory("9220")
					.address(null, "30100", "30007")
					.position(44.10 + (i % 6) * 0.01, 4.05 + (i / 6) * 0.01, GeoPrecision.ADDRESS)
					.inclusionType("GEIQ")
					.resourceActor(true, null));
			}
		}
		// The point store is package-private in its module: wait through its bean by name.
		Object store = application.getBean("pointStore");
		var await = store.getClass().getDeclaredMethod("awaitUpToDate", Duration.class);
		await.setAccessible(true);
		assertThat((Boolean) await.invoke(store, Duration.ofSeconds(10))).isTrue();
		context = Browser.newContext();
		page = context.newPage();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type()) && !message.text().contains("ERR_FAILED")) {
				consoleErrors.add(message.text());
			}
		});
	}

	@AfterEach
	void closeBrowser() {
		context.close();
	}

	private double zoom() {
		return ((Number) page.evaluate("() => window.GideMap.getZoom()")).doubleValue();
	}

	@Test
	void clustersLoadAClickZoomsInAndTheListFollows() {
		page.navigate(baseUrl() + "/carte?" + MINE);
		Locator map = page.locator("#map");
		assertThat(map).isVisible();
		assertThat(map).hasAttribute("role", "region");
		assertThat(page.locator("#map-static")).isHidden();
		// Outlines of the 350 communes, though no tile server answers.
		page.waitForCondition(() -> page.locator(".leaflet-overlay-pane path").count() >= 350);
		Locator clusters = page.locator(".map-marker.cluster");
		page.waitForCondition(() -> clusters.count() > 0);
		assertThat(page.locator("#map-list-status")).containsText("60 organisation(s) dans la zone affichée");
		int listed = page.locator("#map-list li").count();
		assertThat(listed).isEqualTo(clusters.count() + page.locator(".map-marker.point").count());
		assertThat(clusters.first()).hasAttribute("role", "button");
		assertThat(clusters.first().getAttribute("aria-label")).startsWith("Zoomer sur ce groupe de");
		Browser.assertAccessible(page);

		double before = zoom();
		String listBefore = page.locator("#map-list").innerText();
		clusters.first().click();
		page.waitForCondition(() -> zoom() > before);
		page.waitForCondition(() -> !page.locator("#map-list").innerText().equals(listBefore));
		assertThat(page.locator("#map-list-status")).containsText("dans la zone affichée");

		// From the keyboard, the list's buttons zoom in the same way until single organisations show.
		for (int i = 0; i < 6 && page.locator("#map-list li a").count() == 0; i++) {
			double current = zoom();
			Locator button = page.locator("#map-list li button").first();
			button.focus();
			page.keyboard().press("Enter");
			page.waitForCondition(() -> zoom() > current);
			page.waitForTimeout(400);
		}
		Locator link = page.locator("#map-list li a").first();
		assertThat(link).isVisible();
		assertThat(link).hasAttribute("href", java.util.regex.Pattern.compile("/annuaire/\\d+"));
		Locator point = page.locator(".map-marker.point").first();
		point.click();
		Locator popupLink = page.locator(".leaflet-popup-content a");
		assertThat(popupLink).hasText("Voir la fiche");
		Browser.assertAccessible(page);
		popupLink.click();
		page.waitForURL("**/annuaire/*");
		assertThat(page.locator("h1")).containsText("GEIQ");
		assertThat(page.locator("[data-organisation-map]")).isVisible();
		Browser.assertAccessible(page);
		assertThat(consoleErrors).as("console errors (CSP included)").isEmpty();
	}

	@Test
	void inEnglishTheMapIsAccessibleToo() {
		page.navigate(baseUrl() + "/carte?lang=en&" + MINE);
		page.waitForCondition(() -> page.locator(".map-marker").count() > 0);
		assertThat(page.locator("#map-list-status")).containsText("in the area shown");
		Browser.assertAccessible(page);
	}

	@Test
	void withoutJavaScriptThePageShowsTheChoroplethAndTables() {
		context.route("**/*.js", route -> route.abort());
		page.navigate(baseUrl() + "/carte?" + MINE);
		assertThat(page.locator("svg.choropleth")).isVisible();
		assertThat(page.locator("svg.choropleth path")).hasCount(350);
		assertThat(page.locator("#map")).isHidden();
		assertThat(page.locator("#map-list-section")).isHidden();
		assertThat(page.locator("#map-total")).containsText("60");
		assertThat(page.locator("table").first()).containsText("CA de Nîmes Métropole");
		assertThat(page.locator("a", new Page.LocatorOptions().setHasText("Voir ces organisations sous forme de liste")))
			.hasAttribute("href", "/annuaire?structure=geiq&ressource=oui");
		Browser.assertAccessible(page);
		// The filters are a plain GET form.
		page.selectOption("#f-famille", "cooperative");
		page.locator(".map-filters button[type=submit]").click();
		page.waitForURL("**/carte?**famille=cooperative**");
		assertThat(page.locator("#map-total")).containsText(": 0");
	}

	@Test
	void theObservatoryIsAccessible() {
		page.navigate(baseUrl() + "/observatoire");
		assertThat(page.locator("svg.bar-chart")).hasCount(4);
		Browser.assertAccessible(page);
	}

}
