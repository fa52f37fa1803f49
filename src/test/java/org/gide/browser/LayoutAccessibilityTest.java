package org.gide.browser;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.gide.support.Browser;
import org.gide.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared layout: accessible on the public pages, skip link first in the tab order, usable on a phone. */
class LayoutAccessibilityTest extends IntegrationTest {

	@Test
	void publicPagesPassAxeInFrenchAndEnglish() {
		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			for (String path : List.of("/", "/mentions-legales", "/accessibilite", "/donnees-personnelles", "/plan-du-site", "/error/404",
					"/?lang=en", "/accessibilite")) {
				page.navigate(baseUrl() + path);
				Browser.assertAccessible(page);
			}
		}
	}

	@Test
	void theAxeCheckReallyCatchesViolations() {
		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.setContent("<html><body><img src='x.png'><a href='#'></a></body></html>");
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> Browser.assertAccessible(page))
				.hasMessageContaining("image-alt")
				.hasMessageContaining("html-has-lang");
		}
	}

	@Test
	void theSkipLinkIsTheFirstStopAndLeadsToTheMainContent() {
		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/");
			page.keyboard().press("Tab");
			assertThat(page.evaluate("document.activeElement.getAttribute('href')")).isEqualTo("#contenu");
			assertThat(page.locator("a.skip-link").isVisible()).as("the focused skip link is visible").isTrue();
			page.keyboard().press("Enter");
			assertThat(page.evaluate("location.hash")).isEqualTo("#contenu");
		}
	}

	@Test
	void onANarrowScreenNothingOverflowsAndAxeStaysClean() {
		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.setViewportSize(360, 740);
			page.navigate(baseUrl() + "/");
			Object overflow = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
			assertThat(overflow).isEqualTo(false);
			Browser.assertAccessible(page);
		}
	}

}
