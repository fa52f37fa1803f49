package org.gide.resources.workflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

import org.gide.resources.item.ResourceRevision;
import org.gide.web.RichText;

/**
 * The differences between two revisions of an item, field by field (title, summary, body, then every detail of
 * part A's snapshot in its order), each field word by word on its plain text (the body through
 * {@link RichText#plainText}) with java-diff-utils. Segments are plain text: pages render them escaped in
 * {@code <del>}/{@code <ins>}.
 */
public final class RevisionDiff {

	/** A run of words kept, deleted (only in the older revision) or inserted (only in the newer one). */
	public enum Kind {
		SAME, DELETED, INSERTED
	}

	public record Segment(Kind kind, String text) {
	}

	/** One field: its label key, whether it changed, and its text as segments. */
	public record FieldDiff(String labelKey, boolean changed, List<Segment> segments) {
	}

	private RevisionDiff() {
	}

	/** Every field present in either revision, in order; unchanged fields have one SAME segment. */
	public static List<FieldDiff> between(ResourceRevision older, ResourceRevision newer) {
		Map<String, String[]> fields = new LinkedHashMap<>();
		fields.put("resources.field.title", new String[] { older.title(), newer.title() });
		fields.put("resources.field.summary", new String[] { older.summary(), newer.summary() });
		fields.put("resources.field.body",
				new String[] { RichText.plainText(older.body()), RichText.plainText(newer.body()) });
		Set<String> keys = new LinkedHashSet<>(newer.details().keySet());
		keys.addAll(older.details().keySet());
		for (String key : keys) {
			fields.put(key, new String[] { older.details().getOrDefault(key, ""), newer.details().getOrDefault(key, "") });
		}
		List<FieldDiff> diffs = new ArrayList<>();
		fields.forEach((key, texts) -> {
			String before = texts[0] == null ? "" : texts[0];
			String after = texts[1] == null ? "" : texts[1];
			if (!before.isEmpty() || !after.isEmpty()) {
				List<Segment> segments = words(before, after);
				diffs.add(new FieldDiff(key, !normalise(before).equals(normalise(after)), segments));
			}
		});
		return diffs;
	}

	/** The word-by-word difference of two texts; consecutive words of the same kind are one segment. */
	public static List<Segment> words(String before, String after) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		Patch<String> patch = DiffUtils.diff(a, b);
		List<Segment> segments = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			add(segments, Kind.SAME, a.subList(position, start));
			add(segments, Kind.DELETED, delta.getSource().getLines());
			add(segments, Kind.INSERTED, delta.getTarget().getLines());
			position = start + delta.getSource().size();
		}
		add(segments, Kind.SAME, a.subList(position, a.size()));
		return segments;
	}

	private static void add(List<Segment> segments, Kind kind, List<String> words) {
		if (words.isEmpty()) {
			return;
		}
		String text = String.join(" ", words);
		if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
			Segment last = segments.remove(segments.size() - 1);
			text = last.text() + " " + text;
		}
		segments.add(new Segment(kind, text));
	}

	private static List<String> tokens(String text) {
		String normalised = normalise(text);
		return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
	}

	private static String normalise(String text) {
		return text == null ? "" : text.replaceAll("\\s+", " ").strip();
	}

}
