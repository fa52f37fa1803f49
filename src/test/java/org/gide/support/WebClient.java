package org.gide.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client with a cookie jar, as a browser without JavaScript would be: it reads the CSRF token of the
 * page it last loaded and sends it back with forms.
 */
public class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|name=\"_csrf\" content=\"([^\"]+)\"");

	private final String baseUrl;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	private String lastCsrf;

	public WebClient(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/json;q=0.9").GET().build());
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build());
	}

	/** Follows redirects from a GET, as a browser would. */
	public HttpResponse<String> follow(String path) {
		HttpResponse<String> response = get(path);
		int hops = 0;
		while (response.statusCode() / 100 == 3 && hops++ < 5) {
			response = get(location(response));
		}
		return response;
	}

	/** Posts a form with the CSRF token of the page {@code formPage} (loaded first). */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		get(formPage);
		return post(action, fields);
	}

	/** Posts a form with the last CSRF token seen (none if no page was loaded). */
	public HttpResponse<String> post(String path, Map<String, String> fields) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (lastCsrf != null && !all.containsKey("_csrf")) {
			all.put("_csrf", lastCsrf);
		}
		String body = all.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public HttpResponse<String> send(HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Matcher matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				lastCsrf = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String location(HttpResponse<?> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return location.startsWith(baseUrl) ? location.substring(baseUrl.length()) : location;
	}

	public Optional<String> cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
	}

	public URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : baseUrl + path);
	}

	public String csrf() {
		return lastCsrf;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
