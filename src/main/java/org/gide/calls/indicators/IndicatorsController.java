package org.gide.calls.indicators;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.gide.calls.indicators.CallIndicators.CallColumn;
import org.gide.calls.indicators.CallIndicators.Figures;
import org.gide.calls.indicators.CallIndicators.Indicator;

/** The plan's indicators of the appels à commun(s), for the Mission ESS: a page and its CSV. */
@Controller
class IndicatorsController {

	/** One line of the table: the indicator, its overall value and its value per call, formatted. */
	record Line(Indicator indicator, String overall, List<String> perCall) {
	}

	private final CallIndicators indicators;

	private final MessageSource messages;

	IndicatorsController(CallIndicators indicators, MessageSource messages) {
		this.indicators = indicators;
		this.messages = messages;
	}

	private List<Line> lines(List<CallColumn> calls, Locale locale, String none) {
		Figures overall = indicators.figures(calls.stream().map(CallColumn::id).toList());
		List<Figures> perCall = calls.stream().map(c -> indicators.figures(List.of(c.id()))).toList();
		List<Line> lines = new ArrayList<>();
		for (Indicator indicator : Indicator.values()) {
			lines.add(new Line(indicator, format(indicator, overall.get(indicator), locale, none),
					perCall.stream().map(f -> format(indicator, f.get(indicator), locale, none)).toList()));
		}
		return lines;
	}

	/** Numbers in the reader's language (French: "2,5", "33,3 %"); {@code none} when not computable. */
	static String format(Indicator indicator, Object value, Locale locale, String none) {
		if (value == null) {
			return none;
		}
		NumberFormat decimal = NumberFormat.getNumberInstance(locale);
		decimal.setMaximumFractionDigits(1);
		decimal.setMinimumFractionDigits(0);
		return switch (indicator.kind()) {
			case COUNT -> NumberFormat.getIntegerInstance(locale).format(((Number) value).longValue());
			case DECIMAL -> decimal.format(((Number) value).doubleValue());
			case PERCENT -> decimal.format(((Number) value).doubleValue() * 100)
					+ (locale.getLanguage().equals("fr") ? "\u202f%" : "%");
			case TEXT -> {
				List<?> items = (List<?>) value;
				yield items.isEmpty() ? none : String.join(", ", items.stream().map(String::valueOf).toList());
			}
		};
	}

	@GetMapping("/agent/indicateurs/appels")
	String page(Model model, Locale locale) {
		List<CallColumn> calls = indicators.calls();
		model.addAttribute("calls", calls);
		model.addAttribute("lines", lines(calls, locale, "–"));
		return "calls/indicators/page";
	}

	@GetMapping("/agent/indicateurs/appels.csv")
	ResponseEntity<byte[]> csv(Locale locale) {
		List<CallColumn> calls = indicators.calls();
		StringBuilder csv = new StringBuilder("\uFEFF");
		List<String> header = new ArrayList<>();
		header.add(messages.getMessage("indicators.calls.csv.indicator", null, locale));
		header.add(messages.getMessage("indicators.calls.csv.code", null, locale));
		header.add(messages.getMessage("indicators.calls.overall", null, locale));
		calls.forEach(c -> header.add(c.title()));
		row(csv, header);
		for (Line line : lines(calls, locale, "")) {
			List<String> cells = new ArrayList<>();
			cells.add(messages.getMessage(line.indicator().labelKey(), null, locale));
			cells.add(line.indicator().name());
			cells.add(line.overall());
			cells.addAll(line.perCall());
			row(csv, cells);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("indicateurs-appels.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static void row(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(';');
			}
			String cell = cells.get(i) == null ? "" : cells.get(i);
			// A cell starting with = + - @ would be a formula in a spreadsheet: quoted and prefixed.
			if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
				cell = "'" + cell;
			}
			if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("'")) {
				cell = '"' + cell.replace("\"", "\"\"") + '"';
			}
			csv.append(cell);
		}
		csv.append("\r\n");
	}

}
