package org.gide.calls.committee;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import org.gide.web.RichText;

/**
 * The generated draft of a deliberation's minutes: per dossier (best weighted total first) its total, then the
 * members' comments as strengths (scores 4–5) and weaknesses (scores 0–2). The agent edits it before saving.
 */
@Component
class MinutesDraft {

	private final Committee committee;

	private final MessageSource messages;

	MinutesDraft(Committee committee, MessageSource messages) {
		this.committee = committee;
		this.messages = messages;
	}

	String draft(long callId, Viewer agent, Locale locale) {
		Committee.Call call = committee.call(callId);
		Map<Long, Committee.Criterion> criteria = committee.criteria(callId)
			.stream()
			.collect(Collectors.toMap(Committee.Criterion::id, c -> c));
		StringBuilder html = new StringBuilder();
		html.append("<h2>").append(esc(msg("committee.draft.title", locale, call.title()))).append("</h2>");
		List<Committee.SynthesisRow> rows = committee.synthesis(callId, new Viewer(-1, "", "", true));
		if (rows.isEmpty()) {
			html.append("<p>").append(esc(msg("committee.draft.none", locale))).append("</p>");
		}
		for (Committee.SynthesisRow row : rows) {
			html.append("<h3>").append(esc(row.title())).append("</h3>");
			String total = row.weightedTotal() == null ? msg("committee.synthesis.unscored", locale)
					: String.format(locale, "%.2f / 5", row.weightedTotal());
			html.append("<p>").append(esc(msg("committee.draft.total", locale, total, row.members()))).append("</p>");
			List<Committee.Score> scores = committee.scores(row.dossierId());
			appendComments(html, msg("committee.draft.strengths", locale),
					scores.stream().filter(s -> s.score() >= 4).toList(), criteria);
			appendComments(html, msg("committee.draft.weaknesses", locale),
					scores.stream().filter(s -> s.score() <= 2).toList(), criteria);
		}
		return RichText.sanitize(html.toString());
	}

	private static void appendComments(StringBuilder html, String heading, List<Committee.Score> scores,
			Map<Long, Committee.Criterion> criteria) {
		List<Committee.Score> withText = scores.stream().filter(s -> !s.comment().isBlank()).toList();
		if (withText.isEmpty()) {
			return;
		}
		html.append("<p><strong>").append(esc(heading)).append("</strong></p><ul>");
		for (Committee.Score s : withText) {
			Committee.Criterion c = criteria.get(s.criterionId());
			html.append("<li>")
				.append(esc((c == null ? "" : c.label() + " (" + s.score() + "/5) : ") + s.comment().strip()))
				.append("</li>");
		}
		html.append("</ul>");
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String esc(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
