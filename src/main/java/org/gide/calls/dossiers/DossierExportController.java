package org.gide.calls.dossiers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agents' export of a call's dossiers, for French spreadsheets: UTF-8 with a byte order mark, {@code ;}
 * between fields, CRLF between rows, fields quoted when needed; formula-looking cells are prefixed with an
 * apostrophe so that a spreadsheet never runs them.
 */
@RestController
class DossierExportController {

	private final Dossiers dossiers;

	DossierExportController(Dossiers dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping("/agent/appels/{callId}/dossiers.csv")
	ResponseEntity<byte[]> export(@PathVariable long callId) {
		CallRules call = dossiers.call(callId).orElseThrow(DossierNotFound::new);
		String csv = "\uFEFF" + dossiers.export(callId)
			.stream()
			.map(row -> row.stream().map(DossierExportController::cell).collect(Collectors.joining(";")))
			.collect(Collectors.joining("\r\n", "", "\r\n"));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("dossiers-" + call.slug() + ".csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}


}
