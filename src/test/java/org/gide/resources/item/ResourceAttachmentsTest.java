package org.gide.resources.item;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.Role;
import org.gide.directory.Organisations;
import org.gide.files.UploadedFiles;
import org.gide.resources.ResourceType;
import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files attached to resources over real HTTP (docs/resources.md § 9, § 12 A): a renamed executable, an 11 MiB file
 * and an SVG are refused with their messages; a real PDF is attached and recorded in a revision; the download is
 * served safely, a draft's file only to its authors.
 */
class ResourceAttachmentsTest extends IntegrationTest {

	/** A small but well-formed PDF (one empty page). */
	static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
			+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
			+ "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	@Autowired
	private Accounts accounts;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ResourceItems items;

	@Autowired
	private ResourceAttachments attachments;

	@Autowired
	private UploadedFiles files;

	private long org;

	private String contributor;

	private long item;

	@BeforeEach
	void setUp() {
		org = AuthoringFixtures.organisation(organisations, "Coopérative témoin");
		contributor = AuthoringFixtures.account(accounts, "pieces", Role.MEMBER);
		AuthoringFixtures.administer(jdbc, accounts, org, contributor);
		item = items.create(ResourceType.METHOD, AuthoringFixtures.methodForm(org, "Outil de diagnostic"),
				AuthoringFixtures.contributor(accounts, contributor, org)).getId();
	}

	private long version() {
		return items.find(item).orElseThrow().getVersion();
	}

	private int count() {
		return jdbc.queryForObject("select count(*) from resource_attachment where item_id = ?", Integer.class, item);
	}

	@Test
	void aRenamedExecutableIsRefusedByItsContent() {
		WebClient web = AuthoringFixtures.signIn(baseUrl(), contributor);
		byte[] exe = new byte[2048];
		exe[0] = 'M';
		exe[1] = 'Z';
		HttpResponse<String> response = AuthoringFixtures.upload(web, item, version(), "Mon outil", "outil.pdf", exe);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("ne correspond pas à un fichier .pdf", "id=\"file-error\"",
				"value=\"Mon outil\"");
		assertThat(count()).isZero();
	}

	@Test
	void anElevenMebibyteFileIsRefusedBySize() {
		WebClient web = AuthoringFixtures.signIn(baseUrl(), contributor);
		byte[] big = Arrays.copyOf(PDF, 11 * 1024 * 1024);
		HttpResponse<String> response = AuthoringFixtures.upload(web, item, version(), "Gros", "gros.pdf", big);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("dépasse la taille maximale de 10 Mo");
		assertThat(count()).isZero();
	}

	@Test
	void anSvgIsRefused() {
		WebClient web = AuthoringFixtures.signIn(baseUrl(), contributor);
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = AuthoringFixtures.upload(web, item, version(), "Logo", "logo.svg", svg);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("n’est pas d’un type accepté", ".pdf, .odt, .ods, .odp, .png, .jpg");
		assertThat(count()).isZero();
	}

	@Test
	void aTitleIsRequired() {
		WebClient web = AuthoringFixtures.signIn(baseUrl(), contributor);
		HttpResponse<String> response = AuthoringFixtures.upload(web, item, version(), " ", "guide.pdf", PDF);
		assertThat(response.body()).contains("Donnez un titre à la pièce jointe", "id=\"attachmentTitle-error\"");
		assertThat(count()).isZero();
	}

	@Test
	void aRealPdfIsAttachedRecordedAndServedSafely() {
		WebClient web = AuthoringFixtures.signIn(baseUrl(), contributor);
		HttpResponse<String> added = AuthoringFixtures.upload(web, item, version(), "Guide imprimable", "guide.pdf", PDF);
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(web.location(added)).isEqualTo("/ressources/contributions/" + item + "/modifier#pieces");
		assertThat(attachments.list(item)).singleElement().satisfies(a -> {
			assertThat(a.title()).isEqualTo("Guide imprimable");
			assertThat(a.fileName()).isEqualTo("guide.pdf");
			assertThat(a.contentType()).isEqualTo("application/pdf");
			assertThat(a.size()).isEqualTo(PDF.length);
		});
		assertThat(jdbc.queryForObject("select storage_key from resource_attachment where item_id = ?", String.class,
				item)).matches("resources/item-" + item + "/[0-9a-f]{24}\\.pdf");
		assertThat(items.revisions(item)).hasSize(2);
		assertThat(items.revisions(item).get(1).details()).containsEntry("resources.field.attachments",
				"Guide imprimable (guide.pdf)");
		String url = attachments.list(item).get(0).url();
		assertThat(web.get("/ressources/contributions/" + item + "/modifier").body()).contains(url, "Guide imprimable");

		// a draft's file: its authors only
		assertThat(web().get(url).statusCode()).isEqualTo(404);
		HttpResponse<String> own = web.get(url);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

		AuthoringFixtures.publish(items, item);
		HttpResponse<String> download = web().get(url);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
		assertThat(download.headers().firstValue("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");
		assertThat(download.headers().allValues("Content-Security-Policy")).contains("sandbox; default-src 'none'");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("guide.pdf");
		assertThat(download.body()).startsWith("%PDF-1.4");
	}

	@Test
	void imagesAreServedInlineAndRemovedFilesAreGone() {
		WebClient web = AuthoringFixtures.signIn(baseUrl(), contributor);
		assertThat(AuthoringFixtures.upload(web, item, version(), "Schéma du cycle", "cycle.png", PNG).statusCode())
			.isEqualTo(302);
		ResourceAttachments.Attachment image = attachments.list(item).get(0);
		assertThat(image.image()).isTrue();
		HttpResponse<String> shown = web.get(image.url());
		assertThat(shown.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
		assertThat(shown.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
		String key = jdbc.queryForObject("select storage_key from resource_attachment where id = ?", String.class,
				image.id());
		assertThat(files.open(key)).isPresent();

		web.get("/ressources/contributions/" + item + "/modifier");
		HttpResponse<String> removed = web.post("/ressources/contributions/" + item + "/pieces/" + image.id()
				+ "/suppression", Map.of("version", String.valueOf(version())));
		assertThat(removed.statusCode()).isEqualTo(302);
		assertThat(count()).isZero();
		assertThat(files.open(key)).isEmpty();
		assertThat(web.get(image.url()).statusCode()).isEqualTo(404);
	}

	@Test
	void aStaleVersionAttachesNothing() {
		WebClient web = AuthoringFixtures.signIn(baseUrl(), contributor);
		long old = version();
		assertThat(AuthoringFixtures.upload(web, item, old, "Premier", "un.pdf", PDF).statusCode()).isEqualTo(302);
		HttpResponse<String> stale = AuthoringFixtures.upload(web, item, old, "Second", "deux.pdf", PDF);
		assertThat(stale.statusCode()).isEqualTo(302);
		assertThat(count()).isOne();
	}

	@Test
	void deletingADraftRemovesItsFiles() {
		WebClient web = AuthoringFixtures.signIn(baseUrl(), contributor);
		assertThat(AuthoringFixtures.upload(web, item, version(), "Guide", "guide.pdf", PDF).statusCode())
			.isEqualTo(302);
		String key = jdbc.queryForObject("select storage_key from resource_attachment where item_id = ?", String.class,
				item);
		web.get("/ressources/contributions/" + item + "/modifier");
		web.post("/ressources/contributions/" + item + "/suppression", Map.of("version", String.valueOf(version())));
		assertThat(items.find(item)).isEmpty();
		assertThat(files.open(key)).isEmpty();
	}

}
