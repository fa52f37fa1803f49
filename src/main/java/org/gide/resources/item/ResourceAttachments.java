package org.gide.resources.item;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

import org.gide.files.FileKind;
import org.gide.files.StoredFile;
import org.gide.files.UploadRules;
import org.gide.files.UploadedFiles;
import org.gide.resources.item.ResourceRefused.Problem;
import org.gide.resources.workflow.ResourceState;

/**
 * The files attached to resources ({@code resource_attachment}, docs/resources.md § 9): at most ten per item, each
 * with a title (its link text, and the alternative text of an image), checked by content and size by the
 * {@code files} module under the area "resources". Adding or removing one is a change of the item's content: it
 * needs the item's version, moves it on and may write a revision. Public download: {@link #download}.
 */
@Service
public class ResourceAttachments {

	public static final int MAX_PER_ITEM = 10;

	/** One attached file as pages show it; {@code url} is its download address. */
	public record Attachment(long id, String title, String fileName, String contentType, long size, String url) {

		/** Images are shown in the page (with the title as alternative text); the others are downloaded. */
		public boolean image() {
			return contentType.startsWith("image/");
		}

	}

	/** A file to send: where it is, its type (from the stored kind) and whether it is shown inline. */
	public record Download(Path path, String contentType, String fileName, boolean inline, boolean published) {
	}

	private final JdbcTemplate jdbc;

	private final ResourceItems items;

	private final UploadedFiles files;

	private final UploadRules rules;

	private final Clock clock;

	ResourceAttachments(JdbcTemplate jdbc, ResourceItems items, UploadedFiles files,
			@Value("${gide.resources.max-upload-bytes:10485760}") long maxBytes, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.items = items;
		this.files = files;
		this.rules = new UploadRules("resources", maxBytes,
				EnumSet.of(FileKind.PDF, FileKind.ODT, FileKind.ODS, FileKind.ODP, FileKind.PNG, FileKind.JPEG));
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** What the upload field accepts (".pdf, .odt, …"), for its {@code accept} attribute and hint. */
	public String accepted() {
		return rules.accepted();
	}

	public long maxMegabytes() {
		return rules.maxMegabytes();
	}

	public static String url(long attachmentId) {
		return "/ressources/pieces/" + attachmentId;
	}

	/** The files of an item, in order. */
	@Transactional(readOnly = true)
	public List<Attachment> list(long itemId) {
		return jdbc.query("select id, title, file_name, content_type, size_bytes from resource_attachment "
				+ "where item_id = ? order by position, id",
				(rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getLong(5), url(rs.getLong(1))),
				itemId);
	}

	/**
	 * Attaches a file to the item, if the actor may edit it ({@link ResourceNotFound}, {@link ResourceLocked}) and it
	 * is still at {@code version} ({@link StaleResource}). A missing title or an eleventh file is a
	 * {@link ResourceRefused}; a file refused by its content, kind or size an {@link org.gide.files.RefusedFile}.
	 */
	@Transactional
	public Attachment add(long itemId, long version, String title, MultipartFile file, ResourceActor actor) {
		ResourceItem item = editable(itemId, version, actor);
		String cleanTitle = title == null ? "" : title.strip().replaceAll("\\s+", " ");
		Integer count = jdbc.queryForObject("select count(*) from resource_attachment where item_id = ?",
				Integer.class, itemId);
		if (count >= MAX_PER_ITEM) {
			throw new ResourceRefused(List.of(new Problem("file", "resources.error.attachments-too-many", MAX_PER_ITEM)));
		}
		if (cleanTitle.isEmpty() || cleanTitle.length() > 200) {
			throw new ResourceRefused(List.of(new Problem("attachmentTitle", "resources.error.attachment-title")));
		}
		StoredFile stored = files.store(rules, "item-" + itemId, file);
		afterRollback(stored.storageKey());
		Long id = jdbc.queryForObject("insert into resource_attachment (item_id, position, title, file_name, "
				+ "content_type, size_bytes, storage_key, uploaded_by, uploaded_at) values (?, (select coalesce(max("
				+ "position) + 1, 0) from resource_attachment where item_id = ?), ?, ?, ?, ?, ?, ?, ?) returning id",
				Long.class, itemId, itemId, cleanTitle, stored.fileName(), stored.contentType(), stored.sizeBytes(),
				stored.storageKey(), actor.accountId(), Timestamp.from(clock.instant()));
		touched(item, actor);
		return new Attachment(id, cleanTitle, stored.fileName(), stored.contentType(), stored.sizeBytes(), url(id));
	}

	/** Removes a file of the item (same rights as {@link #add}); the stored file goes once committed. */
	@Transactional
	public void remove(long itemId, long attachmentId, long version, ResourceActor actor) {
		ResourceItem item = editable(itemId, version, actor);
		List<String> keys = jdbc.queryForList(
				"delete from resource_attachment where id = ? and item_id = ? returning storage_key", String.class,
				attachmentId, itemId);
		if (keys.isEmpty()) {
			throw new ResourceNotFound(itemId);
		}
		deleteFilesAfterCommit(keys);
		touched(item, actor);
	}

	/**
	 * Deletes a DRAFT never published with its files (see {@link ResourceItems#delete}).
	 */
	@Transactional
	public void deleteItem(long itemId, long version, ResourceActor actor) {
		deleteFilesAfterCommit(items.delete(itemId, version, actor));
	}

	/**
	 * The file to send for this attachment: anyone's when its item is PUBLISHED, else only its authors' and the
	 * committee's (empty otherwise, as if it did not exist).
	 */
	@Transactional(readOnly = true)
	public Optional<Download> download(long attachmentId, Optional<ResourceActor> actor) {
		record Row(long itemId, String fileName, String contentType, String key) {
		}
		Optional<Row> row = jdbc.query("select item_id, file_name, content_type, storage_key from resource_attachment "
				+ "where id = ?", (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
				attachmentId).stream().findFirst();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		Optional<ResourceItem> item = items.find(row.get().itemId());
		boolean published = item.map(i -> i.getState() == ResourceState.PUBLISHED).orElse(false);
		boolean visible = published
				|| item.map(i -> actor.map(a -> ResourceActors.mayWorkOn(a, i)).orElse(false)).orElse(false);
		if (!visible) {
			return Optional.empty();
		}
		FileKind kind = FileKind.ofContentType(row.get().contentType()).orElse(FileKind.PDF);
		return files.open(row.get().key())
			.map(path -> new Download(path, kind.contentType(), row.get().fileName(), kind.image(), published));
	}

	private ResourceItem editable(long itemId, long version, ResourceActor actor) {
		ResourceItem item = items.lock(itemId)
			.filter(i -> ResourceActors.mayWorkOn(actor, i))
			.orElseThrow(() -> new ResourceNotFound(itemId));
		if (!ResourceItems.mayEdit(actor, item)) {
			throw new ResourceLocked(itemId, item.getState());
		}
		if (item.getVersion() != version) {
			throw new StaleResource(itemId, item.getVersion());
		}
		return item;
	}

	/** The item's content changed: its version and date move on, and a revision records the attachment names. */
	private void touched(ResourceItem item, ResourceActor actor) {
		item.setUpdatedAt(clock.instant());
		ResourceItem stored = items.store(item);
		items.recordRevision(stored, actor);
	}

	private void afterRollback(String key) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					files.delete(key);
				}
			}
		});
	}

	private void deleteFilesAfterCommit(List<String> keys) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				keys.forEach(files::delete);
			}
		});
	}

}
