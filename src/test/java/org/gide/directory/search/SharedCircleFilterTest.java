package org.gide.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The shared circle filter finds exactly what Lucene's own circle query finds, over several segments with deleted
 * documents, alone and inside conjunctions, and keeps finding it when reused by several queries and after the index
 * changed under it.
 */
class SharedCircleFilterTest {

	private static final double LAT = 44.1247, LON = 4.0816; // Alès

	@Test
	void findsWhatTheCircleQueryFindsAcrossSegmentsDeletionsAndReuse() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			SplittableRandom random = new SplittableRandom(30);
			for (int segment = 0; segment < 4; segment++) {
				for (int i = 0; i < 500; i++) {
					Document document = new Document();
					int id = segment * 500 + i;
					document.add(new StringField("id", Integer.toString(id), Field.Store.YES));
					document.add(new StringField("parity", id % 2 == 0 ? "even" : "odd", Field.Store.NO));
					document.add(new LatLonPoint(IndexFields.LOCATION, 43.5 + random.nextDouble(1.2),
							3.3 + random.nextDouble(1.6)));
					writer.addDocument(document);
				}
				writer.commit(); // a segment each
			}
			writer.deleteDocuments(new Term("id", "3"), new Term("id", "1200"), new Term("id", "1999"));
			writer.commit();

			SharedCircleFilter shared = new SharedCircleFilter(IndexFields.LOCATION, LAT, LON, 20_000);
			Query lucene = LatLonPoint.newDistanceQuery(IndexFields.LOCATION, LAT, LON, 20_000);
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				IndexSearcher searcher = new IndexSearcher(reader);
				List<String> expected = ids(searcher, lucene);
				assertThat(expected).hasSizeBetween(20, 1900).doesNotContain("3", "1200", "1999");
				assertThat(ids(searcher, shared)).isEqualTo(expected);
				assertThat(ids(searcher, shared)).as("second query of the same search").isEqualTo(expected);
				assertThat(ids(searcher, and(shared, "even"))).isEqualTo(ids(searcher, and(lucene, "even")))
					.isNotEmpty();
				assertThat(searcher.count(and(shared, "odd"))).isEqualTo(searcher.count(and(lucene, "odd")));
			}

			// The index changes while the filter lives: new and changed segments are computed, not taken as before.
			writer.deleteDocuments(new TermQuery(new Term("parity", "even")));
			Document near = new Document();
			near.add(new StringField("id", "new", Field.Store.YES));
			near.add(new LatLonPoint(IndexFields.LOCATION, LAT, LON));
			writer.addDocument(near);
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				assertThat(ids(searcher, shared)).isEqualTo(ids(searcher, lucene)).contains("new");
			}
		}
	}

	private static Query and(Query circle, String parity) {
		return new BooleanQuery.Builder().add(circle, Occur.FILTER)
			.add(new TermQuery(new Term("parity", parity)), Occur.FILTER)
			.build();
	}

	private static List<String> ids(IndexSearcher searcher, Query query) throws IOException {
		List<String> ids = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query, 10_000).scoreDocs) {
			ids.add(searcher.storedFields().document(hit.doc).get("id"));
		}
		ids.sort(null);
		return ids;
	}

}
