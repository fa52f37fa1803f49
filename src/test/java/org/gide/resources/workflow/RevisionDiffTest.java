package org.gide.resources.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.gide.resources.item.ResourceRevision;
import org.gide.resources.workflow.RevisionDiff.FieldDiff;
import org.gide.resources.workflow.RevisionDiff.Kind;
import org.gide.resources.workflow.RevisionDiff.Segment;

/** Revisions compared field by field, word by word, on the plain text of rich fields. */
class RevisionDiffTest {

	private static ResourceRevision revision(int number, String title, String body, Map<String, String> details) {
		return new ResourceRevision(number, "Camille", Instant.now(), title, "Un résumé", body, details);
	}

	@Test
	void wordsDeletedAndInserted() {
		assertThat(RevisionDiff.words("Pour les associations du Gard", "Pour les coopératives et associations du Gard"))
			.containsExactly(new Segment(Kind.SAME, "Pour les"), new Segment(Kind.INSERTED, "coopératives et"),
					new Segment(Kind.SAME, "associations du Gard"));
		assertThat(RevisionDiff.words("un deux trois", "un quatre trois"))
			.containsExactly(new Segment(Kind.SAME, "un"), new Segment(Kind.DELETED, "deux"),
					new Segment(Kind.INSERTED, "quatre"), new Segment(Kind.SAME, "trois"));
		assertThat(RevisionDiff.words("", "Nouveau texte")).containsExactly(new Segment(Kind.INSERTED, "Nouveau texte"));
		assertThat(RevisionDiff.words("Ancien texte", "")).containsExactly(new Segment(Kind.DELETED, "Ancien texte"));
		assertThat(RevisionDiff.words("même   texte\n", "même texte")).containsExactly(new Segment(Kind.SAME, "même texte"));
	}

	@Test
	void fieldByFieldOnPlainTextWithDetailsAddedAndRemoved() {
		Map<String, String> before = new LinkedHashMap<>();
		before.put("resources.field.audience", "Les associations");
		before.put("resources.field.tags", "alimentation");
		Map<String, String> after = new LinkedHashMap<>();
		after.put("resources.field.audience", "Les associations et les collectivités");
		after.put("resources.field.usage", "Suivre les fiches");
		ResourceRevision older = revision(1, "Boîte à outils", "<p>Une <strong>méthode</strong> &amp; des fiches</p>",
				before);
		ResourceRevision newer = revision(2, "Boîte à outils", "<p>Une méthode <em>éprouvée</em> &amp; des fiches</p>",
				after);

		List<FieldDiff> diffs = RevisionDiff.between(older, newer);
		assertThat(diffs).extracting(FieldDiff::labelKey)
			.containsExactly("resources.field.title", "resources.field.summary", "resources.field.body",
					"resources.field.audience", "resources.field.usage", "resources.field.tags");
		assertThat(diffs).extracting(FieldDiff::changed).containsExactly(false, false, true, true, true, true);
		assertThat(diffs.get(2).segments()).containsExactly(new Segment(Kind.SAME, "Une méthode"),
				new Segment(Kind.INSERTED, "éprouvée"), new Segment(Kind.SAME, "& des fiches"));
		assertThat(diffs.get(3).segments()).containsExactly(new Segment(Kind.SAME, "Les associations"),
				new Segment(Kind.INSERTED, "et les collectivités"));
		assertThat(diffs.get(4).segments()).containsExactly(new Segment(Kind.INSERTED, "Suivre les fiches"));
		assertThat(diffs.get(5).segments()).containsExactly(new Segment(Kind.DELETED, "alimentation"));
	}

	@Test
	void markupIsNeverKeptInSegments() {
		List<FieldDiff> diffs = RevisionDiff.between(revision(1, "T", "<p>a</p>", Map.of()),
				revision(2, "T", "<p>a <script>alert(1)</script>b</p>", Map.of()));
		assertThat(diffs.get(2).segments()).allSatisfy(s -> assertThat(s.text()).doesNotContain("<"));
	}

}
