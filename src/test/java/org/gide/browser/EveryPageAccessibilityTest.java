package org.gide.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;
import org.gide.support.Placeholders;
import org.gide.support.RouteMatrix;
import org.gide.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every HTML page of the route matrix, each seen by the first kind of visitor allowed to see it, in
 * French and in English. Pages added to the matrix are checked without further work.
 */
class EveryPageAccessibilityTest extends IntegrationTest {

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void everyPageHasNoAccessibilityViolation() {
		TestUsers.ensure(accounts);
		Map<String, String> values = Placeholders.values(jdbc, accounts);
		Map<String, List<String>> pagesByVisitor = new LinkedHashMap<>();
		for (RouteMatrix.Row row : RouteMatrix.load().rows()) {
			if (!"GET".equals(row.method()) || !"html".equals(row.kind())) {
				continue;
			}
			RouteMatrix.VISITORS.stream()
				.filter(visitor -> row.expected().get(visitor) == 200 || row.sample().startsWith("/error/"))
				.findFirst()
				.ifPresent(visitor -> pagesByVisitor.computeIfAbsent(visitor, v -> new ArrayList<>()).add(row.path(values)));
		}
		assertThat(pagesByVisitor).isNotEmpty();
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, List<String>> entry : pagesByVisitor.entrySet()) {
			try (BrowserContext context = Browser.newContext()) {
				TestUsers.signIn(context, baseUrl(), entry.getKey());
				Page page = context.newPage();
				for (String path : entry.getValue()) {
					for (String lang : List.of("", "en")) {
						String url = baseUrl() + path + (lang.isEmpty() ? "" : (path.contains("?") ? "&" : "?") + "lang=" + lang);
						Response response = page.navigate(url);
						assertThat(response).as(url).isNotNull();
						try {
							Browser.assertAccessible(page);
							checked++;
						}
						catch (AssertionError failure) {
							failures.add(entry.getKey() + " " + failure.getMessage());
						}
					}
				}
				// Back to French for the next visitor's pages.
				page.navigate(baseUrl() + "/?lang=fr");
			}
		}
		assertThat(failures).as("pages with axe-core violations").isEmpty();
		assertThat(checked).isGreaterThan(10);
	}

}
