package org.gide.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.support.IntegrationTest;
import org.gide.support.Placeholders;
import org.gide.support.RouteMatrix;
import org.gide.support.TestUsers;
import org.gide.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every HTTP route of the application against every kind of visitor, as declared in {@code route-access.tsv}.
 * A new route without a declared rule fails {@link #everyRouteHasADeclaredRowAndEveryRowARoute()}.
 */
class RouteAccessMatrixTest extends IntegrationTest {

	private static final RouteMatrix MATRIX = RouteMatrix.load();

	@Autowired
	private List<RequestMappingInfoHandlerMapping> handlerMappings;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void visitors() {
		TestUsers.ensure(accounts);
	}

	@Test
	void everyRouteHasADeclaredRowAndEveryRowARoute() {
		Set<String> actual = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : handlerMappings) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<String> methods = new TreeSet<>();
				info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
				if (methods.isEmpty()) {
					methods.add("ANY");
				}
				for (String pattern : info.getPatternValues()) {
					methods.forEach(method -> actual.add(method + " " + pattern));
				}
			}
		}
		Set<String> declared = new TreeSet<>();
		MATRIX.rows().forEach(row -> declared.add(row.key()));

		Set<String> undeclared = new TreeSet<>(actual);
		undeclared.removeAll(declared);
		Set<String> stale = new TreeSet<>(declared);
		stale.removeAll(actual);
		assertThat(undeclared).as("routes with no row in src/test/resources/route-access.tsv").isEmpty();
		assertThat(stale).as("rows of route-access.tsv that match no route").isEmpty();
	}

	@Test
	void everyRouteAnswersEveryVisitorAsDeclared() {
		Map<String, String> values = placeholders();
		List<String> mismatches = new ArrayList<>();
		for (String visitor : RouteMatrix.VISITORS) {
			WebClient client = TestUsers.signIn(baseUrl(), visitor);
			for (RouteMatrix.Row row : MATRIX.rows()) {
				String path = row.path(values);
				int expected = row.expected().get(visitor);
				int actual;
				if ("POST".equals(row.method())) {
					// A fresh CSRF token of this session: in the layout for signed-in people, in the login form
					// for anonymous visitors (public pages carry no token, so that they set no session cookie).
					client.get("anonymous".equals(visitor) ? "/connexion" : "/");
					actual = client.post(path, Map.of()).statusCode();
					// A POST may end the session (sign-out) or change the account: start again from a clean sign-in.
					client = TestUsers.signIn(baseUrl(), visitor);
				}
				else {
					HttpResponse<String> response = client.get(path, "text/html,application/json;q=0.9,*/*;q=0.8");
					actual = response.statusCode();
				}
				if (actual != expected) {
					mismatches.add(String.format("line %d: %s %s as %s → %d, declared %d", row.line(), row.method(), path,
							visitor, actual, expected));
				}
			}
		}
		assertThat(mismatches).as("answers that differ from route-access.tsv").isEmpty();
	}

	/** Concrete values for the placeholders of the sample paths: real rows of the test database. */
	private Map<String, String> placeholders() {
		return Placeholders.values(jdbc, accounts);
	}

}
