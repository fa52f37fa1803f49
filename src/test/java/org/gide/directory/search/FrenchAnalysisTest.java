package org.gide.directory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The French analysis the index uses: what a text becomes, and which texts meet. */
class FrenchAnalysisTest {

	private final Analyzer analyzer = FrenchAnalysis.analyzer();

	private List<String> tokens(String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}

	@Test
	void crechesParentalesMeetsTheNameOfTheCreche() throws IOException {
		List<String> name = tokens("Crèche parentale l’Île aux enfants");
		assertThat(name).containsAll(tokens("crèches parentales"));
		assertThat(name).containsAll(tokens("ile aux enfants"));
	}

	@Test
	void elisionDropsTheArticleWithEitherApostrophe() throws IOException {
		assertThat(tokens("l’Île")).containsExactly("ile");
		assertThat(tokens("l'Île")).containsExactly("ile");
		assertThat(tokens("d’insertion")).isEqualTo(tokens("insertion"));
		assertThat(tokens("qu'ils")).isEqualTo(tokens("ils"));
	}

	@Test
	void accentsAndCaseDoNotMatter() throws IOException {
		assertThat(tokens("Épicerie SOLIDAIRE")).isEqualTo(tokens("epicerie solidaire"));
		assertThat(tokens("Coopérative")).isEqualTo(tokens("cooperative"));
		assertThat(tokens("l’Économie")).isEqualTo(tokens("economie"));
	}

	@Test
	void pluralsMeetTheirSingular() throws IOException {
		assertThat(tokens("coopératives")).isEqualTo(tokens("coopérative"));
		assertThat(tokens("associations")).isEqualTo(tokens("association"));
		assertThat(tokens("chevaux")).isEqualTo(tokens("cheval"));
	}

	@Test
	void theSortNormalizerKeepsOneFoldedToken() throws IOException {
		try (TokenStream stream = FrenchAnalysis.sortNormalizer().tokenStream("f", "Économie Solidaire")) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			assertThat(stream.incrementToken()).isTrue();
			assertThat(term.toString()).isEqualTo("economie solidaire");
			assertThat(stream.incrementToken()).isFalse();
			stream.end();
		}
	}

}
