package org.gide.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's Chromium driven by Playwright, shared by all browser tests of the JVM. Requests to anything but
 * localhost are aborted: the tests never reach the internet.
 */
public final class Browser {

	private static Playwright playwright;

	private static com.microsoft.playwright.Browser browser;

	private Browser() {
	}

	private static synchronized com.microsoft.playwright.Browser browser() {
		if (browser == null) {
			playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setHeadless(true)
					.setExecutablePath(chromium())
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
							"--disable-background-networking", "--disable-component-update", "--disable-sync",
							"--disable-dev-shm-usage")));
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				browser.close();
				playwright.close();
			}));
		}
		return browser;
	}

	private static Path chromium() {
		String configured = System.getenv("GIDE_CHROMIUM");
		for (String candidate : new String[] { configured, "/usr/bin/chromium", "/usr/bin/chromium-browser" }) {
			if (candidate != null && Files.isExecutable(Path.of(candidate))) {
				return Path.of(candidate);
			}
		}
		throw new IllegalStateException("Chromium not found: install Debian's chromium package (see .ci/run) "
				+ "or set GIDE_CHROMIUM to its path");
	}

	/** A fresh context (own cookies) with French as the browser's language. */
	public static BrowserContext newContext() {
		BrowserContext context = browser().newContext(new NewContextOptions().setLocale("fr-FR"));
		context.route(url -> !(url.startsWith("http://localhost") || url.startsWith("http://127.0.0.1")
				|| url.startsWith("data:")), route -> route.abort());
		return context;
	}

	/** Fails with the list of axe-core violations (WCAG 2.1 A/AA rules) of the page as it is now. */
	public static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(() -> page.url() + " has accessibility violations:\n" + describe(violations)).isEmpty();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n    "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget()) + " " + n.getFailureSummary())
						.collect(Collectors.joining("\n    ")))
			.collect(Collectors.joining("\n"));
	}

}
