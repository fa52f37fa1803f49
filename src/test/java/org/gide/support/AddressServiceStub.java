package org.gide.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for the national address service (addok API: {@code GET /search}, {@code POST /search/csv}),
 * answering what a test taught it (a taught text matches a query
 * containing its words, whatever the case, accents and punctuation). An address it does not know gets an empty answer, as the real service gives for
 * nonsense. One server per test JVM; {@link IntegrationTest} points {@code gide.geocoding.url} at it.
 */
public final class AddressServiceStub {

	/** What the service answers for a text (matched case-insensitively as a substring of the query). */
	public record Answer(double latitude, double longitude, double score, String type, String citycode, String label) {
	}

	private static final AddressServiceStub INSTANCE = new AddressServiceStub();

	private final HttpServer server;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private volatile int failWith;

	private AddressServiceStub() {
		try {
			server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		server.createContext("/", this::handle);
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
	}

	public static AddressServiceStub instance() {
		return INSTANCE;
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/geocodage";
	}

	public void teach(String text, Answer answer) {
		answers.put(normalise(text), answer);
	}

	/** Every request since the last {@link #reset()}: "GET q=…" or "CSV n rows". */
	public List<String> requests() {
		return List.copyOf(requests);
	}

	/** Forgets requests and failures (not what it was taught). */
	public void reset() {
		requests.clear();
		failWith = 0;
	}

	/** Answers every request with this HTTP status until {@link #reset()}. */
	public void failWith(int status) {
		failWith = status;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			if (failWith != 0) {
				requests.add("FAILED " + path);
				exchange.sendResponseHeaders(failWith, -1);
				return;
			}
			if (path.endsWith("/search") && exchange.getRequestMethod().equals("GET")) {
				Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
				requests.add("GET q=" + query.get("q") + " citycode=" + query.get("citycode"));
				Answer answer = find(query.getOrDefault("q", ""));
				String features = answer == null ? "" : """
						{"type":"Feature","geometry":{"type":"Point","coordinates":[%s,%s]},\
						"properties":{"label":"%s","score":%s,"type":"%s","citycode":"%s"}}""".formatted(
						answer.longitude(), answer.latitude(), answer.label(), answer.score(), answer.type(),
						answer.citycode());
				send(exchange, "application/json", "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
			}
			else if (path.endsWith("/search/csv") && exchange.getRequestMethod().equals("POST")) {
				String body = new String(readAll(exchange.getRequestBody()), StandardCharsets.UTF_8);
				Matcher data = Pattern.compile("filename=\"[^\"]*\"\\r\\nContent-Type: [^\\r]*\\r\\n\\r\\n(.*?)\\r\\n--",
						Pattern.DOTALL).matcher(body);
				if (!data.find() || !body.contains("name=\"columns\"\r\n\r\nadresse")) {
					exchange.sendResponseHeaders(400, -1);
					return;
				}
				String[] lines = data.group(1).split("\n");
				requests.add("CSV " + (lines.length - 1) + " rows");
				StringBuilder out = new StringBuilder(lines[0].strip()
						+ ";latitude;longitude;result_label;result_score;result_type;result_citycode\n");
				for (String line : List.of(lines).subList(1, lines.length)) {
					String[] cells = line.strip().split(";", -1);
					Answer answer = find(cells[1].replace("\"", ""));
					out.append(line.strip()).append(';');
					if (answer == null) {
						out.append(";;;;;\n");
					}
					else {
						out.append(answer.latitude()).append(';').append(answer.longitude()).append(";\"")
							.append(answer.label()).append("\";").append(answer.score()).append(';')
							.append(answer.type()).append(';').append(answer.citycode()).append('\n');
					}
				}
				send(exchange, "text/csv; charset=utf-8", out.toString());
			}
			else {
				exchange.sendResponseHeaders(404, -1);
			}
		}
	}

	private Answer find(String text) {
		String normalised = " " + normalise(text) + " ";
		return answers.entrySet()
			.stream()
			.filter(e -> normalised.contains(" " + e.getKey() + " "))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Like the real service, indifferent to case, accents and punctuation. */
	private static String normalise(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", " ")
			.strip();
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> values = new ConcurrentHashMap<>();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return values;
	}

	private static void send(HttpExchange exchange, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		in.transferTo(out);
		return out.toByteArray();
	}

}
