package org.gide.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gide.support.Browser;
import org.gide.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A visitor looks for Alès with the keyboard only, through the accessible autocomplete. */
class CommuneAutocompleteStoryTest extends IntegrationTest {

	private BrowserContext context;

	private Page page;

	@BeforeEach
	void openBrowser() {
		context = Browser.newContext();
		page = context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		context.close();
	}

	@Test
	void aVisitorTypesAlesChoosesItWithTheKeyboardAndLandsOnItsPage() {
		page.navigate(baseUrl() + "/communes");
		Locator input = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Nom, code postal ou code INSEE"));
		assertThat(input).hasAttribute("aria-expanded", "false");

		input.pressSequentially("ales", new Locator.PressSequentiallyOptions().setDelay(30));

		Locator listbox = page.getByRole(AriaRole.LISTBOX);
		assertThat(listbox).isVisible();
		assertThat(input).hasAttribute("aria-expanded", "true");
		Locator options = listbox.getByRole(AriaRole.OPTION);
		assertThat(options.first()).containsText("Alès");
		assertThat(page.locator("#q-status")).containsText("suggérée");
		Browser.assertAccessible(page);

		input.press("ArrowDown");
		assertThat(input).hasAttribute("aria-activedescendant", "q-listbox-0");
		assertThat(options.first()).hasAttribute("aria-selected", "true");
		input.press("Enter");

		page.waitForURL("**/communes/30007");
		assertThat(page.locator("h1")).hasText("Alès");
		assertThat(page.locator("main")).containsText("CA Alès Agglomération");
		Browser.assertAccessible(page);
	}

	@Test
	void escapeClosesTheSuggestions() {
		page.navigate(baseUrl() + "/communes");
		Locator input = page.locator("#q");
		input.pressSequentially("st hippolyte", new Locator.PressSequentiallyOptions().setDelay(20));
		assertThat(page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Saint-Hippolyte-du-Fort")))
			.isVisible();

		input.press("Escape");

		assertThat(page.getByRole(AriaRole.LISTBOX)).isHidden();
		assertThat(input).hasAttribute("aria-expanded", "false");
	}

	@Test
	void searchResultsCommuneAndTerritoryPagesAreAccessible() {
		page.navigate(baseUrl() + "/communes?q=saint");
		assertThat(page.locator("table")).containsText("Saint-Hippolyte-du-Fort");
		Browser.assertAccessible(page);

		page.navigate(baseUrl() + "/communes/30007");
		Browser.assertAccessible(page);

		page.navigate(baseUrl() + "/territoires");
		assertThat(page.locator("table")).containsText("Alès et Cèze");
		Browser.assertAccessible(page);

		page.navigate(baseUrl() + "/territoires/ales-et-ceze");
		assertThat(page.locator("h1")).hasText("Alès et Cèze");
		Browser.assertAccessible(page);
	}

	@Test
	void withoutJavaScriptTheFormStillSearches() {
		BrowserContext noScript = Browser.newContext();
		try {
			Page plain = noScript.newPage();
			plain.route("**/js/territory.js", route -> route.abort());
			plain.navigate(baseUrl() + "/communes");
			plain.locator("#q").fill("30100");
			plain.locator("#q").press("Enter");
			assertThat(plain.locator("table")).containsText("Alès");
			assertThat(plain.url()).contains("q=30100");
		}
		finally {
			noScript.close();
		}
	}

}
