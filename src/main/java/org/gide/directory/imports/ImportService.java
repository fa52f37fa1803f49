package org.gide.directory.imports;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.gide.directory.CooperativeKind;
import org.gide.directory.EssClassification;
import org.gide.directory.EssFamilies;
import org.gide.directory.InclusionType;
import org.gide.directory.LegalCategory;
import org.gide.directory.OrganisationsChanged;
import org.gide.directory.ReservedMarket;
import org.gide.directory.registers.CsvRows;
import org.gide.directory.registers.DepartementCode;
import org.gide.directory.registers.RegisterFiles;
import org.gide.directory.registers.RegisterFormatException;
import org.gide.directory.registers.RegisterReport;
import org.gide.directory.registers.RnaReader;
import org.gide.directory.registers.RowIssue;
import org.gide.directory.registers.SireneFilter;
import org.gide.directory.registers.SireneReader;
import org.gide.directory.registers.SireneUnitIndex;

/**
 * Import runs: staged from uploaded files in a background executor (one run at a time), classified against the
 * directory (new, changed, unchanged, closed, conflicts), reviewed by an agent, then applied in chunked transactions
 * that are each idempotent. See docs/imports.md for the state machine and the merge rule.
 */
@Service
public class ImportService {

	/** Rows written per transaction by the apply (tests make it small). */
	volatile int chunkSize = 10_000;

	/** Above this many rows to write, one {@link OrganisationsChanged#all()} at the end instead of ids per chunk. */
	static final int EVENT_IDS_MAX = 20_000;

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final String RUN_COLUMNS = "id, kind, state, label, file_names, work_dir, mapping, total_bytes, "
			+ "bytes_read, rows_read, rows_kept, rows_filtered, rows_rejected, rows_warned, count_new, count_changed, "
			+ "count_unchanged, count_closed, count_conflicts, rows_applied, parse_millis, apply_millis, error, "
			+ "created_at, updated_at";

	private static final RowMapper<ImportRun> RUN = (rs, i) -> new ImportRun(rs.getLong("id"),
			ImportKind.valueOf(rs.getString("kind")), RunState.valueOf(rs.getString("state")), rs.getString("label"),
			rs.getString("file_names"), rs.getString("work_dir"), rs.getString("mapping"), rs.getLong("total_bytes"),
			rs.getLong("bytes_read"), rs.getLong("rows_read"), rs.getLong("rows_kept"), rs.getLong("rows_filtered"),
			rs.getLong("rows_rejected"), rs.getLong("rows_warned"), rs.getLong("count_new"),
			rs.getLong("count_changed"), rs.getLong("count_unchanged"), rs.getLong("count_closed"),
			rs.getLong("count_conflicts"), rs.getLong("rows_applied"), (Long) rs.getObject("parse_millis"),
			(Long) rs.getObject("apply_millis"), rs.getString("error"), rs.getTimestamp("created_at").toInstant(),
			rs.getTimestamp("updated_at").toInstant());

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate tx;

	private final ApplicationEventPublisher events;

	private final DepartementCode departement;

	private final Path workRoot;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "gide-import");
		thread.setDaemon(true);
		return thread;
	});

	/** Test hook: called inside each chunk's transaction, after its writes; throwing rolls the chunk back. */
	volatile IntConsumer chunkHook = chunk -> {
	};

	private final Map<String, Boolean> essCategories = new ConcurrentHashMap<>();

	ImportService(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, @Value("${gide.departement}") String departement,
			@Value("${gide.imports.work-dir:${java.io.tmpdir}/gide-imports}") Path workRoot) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.tx = new TransactionTemplate(transactions);
		this.events = events;
		this.departement = DepartementCode.of(departement);
		this.workRoot = workRoot;
	}

	/** Runs a crash or kill interrupted are marked failed: the apply can be resumed from the run page. */
	@EventListener(ContextRefreshedEvent.class)
	void interruptedRuns() {
		int n = jdbc.update("update import_run set state = 'FAILED', error = 'interrompu (arrêt de l’application)', "
				+ "updated_at = now() where state in ('PARSING', 'APPLYING') "
				+ "or (state = 'UPLOADED' and (kind <> 'CSV' or mapping is not null))");
		if (n > 0) {
			log.warn("{} import run(s) interrupted by a stop were marked failed", n);
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	// — runs

	/** A new folder for the files of a run to come. */
	public Path newWorkDir() {
		try {
			Files.createDirectories(workRoot);
			return Files.createTempDirectory(workRoot, "run-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Records a run over files already in {@code workDir}: for SIRENE the units file then the establishments file,
	 * otherwise one file. Nothing is read yet.
	 */
	public ImportRun create(ImportKind kind, Path workDir, List<Path> files, CsvMapping mapping, Long authorAccountId) {
		long total = 0;
		for (Path file : files) {
			try {
				total += Files.size(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		String label = "Import " + kind.label() + " du " + LocalDate.now(ZoneId.of("Europe/Paris")).format(DAY);
		String names = String.join("\n", files.stream().map(f -> f.getFileName().toString()).toList());
		Long id = jdbc.queryForObject("insert into import_run (kind, state, label, file_names, work_dir, mapping, "
				+ "total_bytes, author_account_id) values (?, 'UPLOADED', ?, ?, ?, ?, ?, ?) returning id", Long.class,
				kind.name(), label, names, workDir.toAbsolutePath().toString(),
				mapping == null ? null : mapping.toJson(), total, authorAccountId);
		return find(id).orElseThrow();
	}

	public Optional<ImportRun> find(long id) {
		return jdbc.query("select " + RUN_COLUMNS + " from import_run where id = ?", RUN, id).stream().findFirst();
	}

	public List<ImportRun> recent(int limit) {
		return jdbc.query("select " + RUN_COLUMNS + " from import_run order by id desc limit ?", RUN, limit);
	}

	/** Sets the column mapping of a CSV run not parsed yet. */
	public void saveMapping(long id, CsvMapping mapping) {
		jdbc.update("update import_run set mapping = ?, updated_at = now() where id = ? and state = 'UPLOADED'",
				mapping.toJson(), id);
	}

	/** Deletes a run that is not working, with its staged rows (the organisations it wrote stay). */
	public void delete(long id) {
		jdbc.update("delete from import_run where id = ? and state not in ('PARSING', 'APPLYING')", id);
	}

	/** Parses in the background; the run page follows the progress. */
	public void startParsing(long id) {
		executor.submit(() -> parse(id));
	}

	/** Applies in the background, when the run is ready (or failed after its parse: the apply resumes). */
	public boolean startApplying(long id) {
		if (!claimForApply(id)) {
			return false;
		}
		executor.submit(() -> {
			try {
				applyClaimed(id);
			}
			catch (RuntimeException ex) {
				// Recorded on the run.
			}
		});
		return true;
	}

	/** Applies now, in the calling thread (the command). */
	public boolean apply(long id) {
		if (!claimForApply(id)) {
			return false;
		}
		applyClaimed(id);
		return true;
	}

	private boolean claimForApply(long id) {
		return jdbc.update("update import_run set state = 'APPLYING', error = null, updated_at = now() where id = ? "
				+ "and (state = 'READY' or (state = 'FAILED' and parse_millis is not null))", id) == 1;
	}

	// — parse

	/** Reads the files, stages the kept rows, classifies them against the directory; the run ends READY or FAILED. */
	public void parse(long id) {
		ImportRun run = find(id).orElseThrow();
		if (jdbc.update("update import_run set state = 'PARSING', updated_at = now() where id = ? and state = 'UPLOADED'",
				id) != 1) {
			return;
		}
		long start = System.nanoTime();
		List<RegisterReport> reports = new ArrayList<>();
		try {
			jdbc.update("delete from import_row where run_id = ?", id);
			Path dir = Path.of(run.workDir());
			List<Path> files = Arrays.stream(run.fileNames().split("\n")).map(dir::resolve).toList();
			Progress progress = new Progress(id);
			try (RowStager stager = new RowStager(dataSource, id)) {
				Set<String> keys = new HashSet<>();
				switch (run.kind()) {
					case SIRENE -> parseSirene(files, stager, keys, reports, progress);
					case RNA -> parseRna(files.get(0), stager, keys, reports, progress);
					case CSV -> parseCsv(files.get(0), CsvMapping.fromJson(run.mapping()), stager, keys, reports,
							progress);
				}
			}
			progress.flush(reports, true);
			long read = System.nanoTime();
			classify(run);
			writeReport(dir, reports);
			log.info("Import run {}: read and staged in {} ms, classified in {} ms", id, (read - start) / 1_000_000,
					(System.nanoTime() - read) / 1_000_000);
			jdbc.update("update import_run set state = 'READY', parse_millis = ?, updated_at = now() where id = ?",
					(System.nanoTime() - start) / 1_000_000, id);
		}
		catch (RuntimeException ex) {
			log.warn("Import run {} failed while parsing", id, ex);
			String message = ex instanceof RegisterFormatException ? ex.getMessage()
					: "erreur pendant la lecture : " + ex.getClass().getSimpleName()
							+ (ex.getMessage() == null ? "" : " — " + ex.getMessage());
			try {
				writeReport(Path.of(run.workDir()), reports);
			}
			catch (RuntimeException ignored) {
				// The failure itself is what matters.
			}
			jdbc.update("delete from import_row where run_id = ?", id);
			jdbc.update("update import_run set state = 'FAILED', error = ?, updated_at = now() where id = ?",
					message.length() > 1000 ? message.substring(0, 1000) : message, id);
		}
	}

	private void parseSirene(List<Path> files, RowStager stager, Set<String> keys, List<RegisterReport> reports,
			Progress progress) {
		SireneReader reader = new SireneReader(new SireneFilter(departement, this::essCategory));
		RegisterReport unitsReport = new RegisterReport(files.get(0).getFileName().toString());
		reports.add(unitsReport);
		SireneUnitIndex units;
		try (Reader in = RegisterFiles.reader(open(files.get(0), progress.bytes), StandardCharsets.UTF_8, null)) {
			units = reader.readUnits(in, unitsReport);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		RegisterReport report = new RegisterReport(files.get(1).getFileName().toString());
		reports.add(report);
		try (Reader in = RegisterFiles.reader(open(files.get(1), progress.bytes), StandardCharsets.UTF_8, null)) {
			reader.readEstablishments(in, units, e -> {
				StagedRow row = Rows.fromSirene(e);
				if (keys.add(row.matchKey)) {
					stager.add(row);
				}
				progress.tick(reports);
			}, report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void parseRna(Path file, RowStager stager, Set<String> keys, List<RegisterReport> reports,
			Progress progress) {
		RegisterReport report = new RegisterReport(file.getFileName().toString());
		reports.add(report);
		try (Reader in = RegisterFiles.reader(open(file, progress.bytes), null, RegisterFiles.WINDOWS_1252)) {
			new RnaReader(departement).read(in, a -> {
				StagedRow row = Rows.fromRna(a);
				if (keys.add(row.matchKey)) {
					stager.add(row);
				}
				progress.tick(reports);
			}, report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void parseCsv(Path file, CsvMapping mapping, RowStager stager, Set<String> keys,
			List<RegisterReport> reports, Progress progress) {
		RegisterReport report = new RegisterReport(file.getFileName().toString());
		reports.add(report);
		Map<String, Long> firstLines = new HashMap<>();
		try (Reader in = RegisterFiles.reader(open(file, progress.bytes), mapping.charsetOrNull(),
				RegisterFiles.WINDOWS_1252)) {
			java.io.BufferedReader buffered = new java.io.BufferedReader(in, 1 << 16);
			char delimiter = mapping.delimiter() != null ? mapping.delimiter() : sniffDelimiter(buffered);
			Map<String, Integer> positions = new HashMap<>();
			boolean[] checked = { false };
			CsvRows.read(buffered, delimiter, file.getFileName().toString(), report, (line, values, excerpt) -> {
				try {
					StagedRow row = mapping.convert(positions, values);
					row.line = line;
					Long first = firstLines.putIfAbsent(row.matchKey, line);
					if (first != null) {
						report.reject(line, "clé en double dans le fichier (déjà ligne " + first + ")", excerpt);
					}
					else {
						report.kept();
						stager.add(row);
					}
				}
				catch (Rows.Refused refused) {
					report.reject(line, refused.getMessage(), excerpt);
				}
				progress.tick(reports);
			}, header -> {
				for (int i = 0; i < header.size(); i++) {
					positions.putIfAbsent(header.get(i), i);
				}
				List<String> problems = mapping.problems(header);
				if (!problems.isEmpty()) {
					throw new RegisterFormatException("Correspondance des colonnes inutilisable : "
							+ String.join(", ", problems));
				}
				checked[0] = true;
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static char sniffDelimiter(java.io.BufferedReader in) throws IOException {
		in.mark(1 << 16);
		char[] head = new char[1 << 15];
		int n = in.read(head);
		in.reset();
		String text = n <= 0 ? "" : new String(head, 0, n);
		int end = text.indexOf('\n');
		return CsvRows.detectDelimiter(end < 0 ? text : text.substring(0, end));
	}

	private boolean essCategory(String code) {
		return essCategories.computeIfAbsent(code,
				c -> c.matches("[1-9]\\d{3}") && EssFamilies.standard().familyOf(new LegalCategory(c)).ess());
	}

	/** The file's bytes, counted as read from disk (the progress), unzipped or gunzipped according to its name. */
	static InputStream open(Path path, AtomicLong counter) throws IOException {
		InputStream in = new FilterInputStream(new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16)) {

			@Override
			public int read() throws IOException {
				int b = super.read();
				if (b >= 0) {
					counter.incrementAndGet();
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = super.read(buffer, offset, length);
				if (n > 0) {
					counter.addAndGet(n);
				}
				return n;
			}

		};
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".gz")) {
			return new GZIPInputStream(in, 1 << 16);
		}
		if (name.endsWith(".zip")) {
			ZipInputStream zip = new ZipInputStream(in);
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
					return zip;
				}
			}
			zip.close();
			throw new RegisterFormatException("Archive " + path.getFileName() + " : aucun fichier CSV");
		}
		return in;
	}

	/** Counts written to the run at most twice a second, so the page's progress bar moves. */
	private final class Progress {

		final long runId;

		final AtomicLong bytes = new AtomicLong();

		long nextFlush;

		int ticks;

		Progress(long runId) {
			this.runId = runId;
		}

		void tick(List<RegisterReport> reports) {
			if ((++ticks & 1023) == 0 && System.nanoTime() > nextFlush) {
				flush(reports, false);
			}
		}

		void flush(List<RegisterReport> reports, boolean last) {
			nextFlush = System.nanoTime() + 500_000_000L;
			long read = 0, kept = 0, filtered = 0, rejected = 0, warned = 0;
			// Units are counted in the rows read but the kept establishments are what is imported.
			for (RegisterReport r : reports) {
				read += r.rowsRead();
				filtered += r.filteredOutCount();
				rejected += r.rejectedCount();
				warned += r.warningCount();
			}
			kept = reports.isEmpty() ? 0 : reports.get(reports.size() - 1).keptCount();
			jdbc.update("update import_run set bytes_read = ?, rows_read = ?, rows_kept = ?, rows_filtered = ?, "
					+ "rows_rejected = ?, rows_warned = ?, updated_at = now() where id = ?", bytes.get(), read, kept,
					filtered, rejected, warned, runId);
		}

	}

	// — classification against the directory

	private void classify(ImportRun run) {
		long id = run.id();
		ImportFields fields = ImportFields.of(run.kind());
		jdbc.update("analyze import_row");
		// Matched rows are unchanged until a field says otherwise: only rows with a change are written twice.
		jdbc.update("update import_row r set organisation_id = o.id, status = 'UNCHANGED' from organisation o "
				+ "where r.run_id = ? and r.siret is not null and o.siret = r.siret", id);
		jdbc.update("update import_row r set organisation_id = o.id, status = 'UNCHANGED' from organisation o "
				+ "where r.run_id = ? and r.organisation_id is null and r.rna is not null and o.rna = r.rna"
				// The RNA number is the RNA file's own key; a SIRENE row takes it only from an organisation
				// without another SIRET.
				+ (run.kind() == ImportKind.RNA ? "" : " and (o.siret is null or r.siret is null)"), id);
		if (run.kind() == ImportKind.CSV) {
			jdbc.update("update import_row r set organisation_id = o.id, status = 'UNCHANGED' from organisation o "
					+ "where r.run_id = ? and r.organisation_id is null and r.source_key is not null "
					+ "and o.source = 'CSV' and o.source_key = r.source_key", id);
		}
		String changed = fields.fieldArray(ImportFields.Field::applies);
		jdbc.update("update import_row r set changed_fields = " + changed + ", conflict_fields = "
				+ fields.fieldArray(f -> "(" + f.differs() + " and " + f.isProtected() + ")")
				+ ", status = case when cardinality(" + changed + ") > 0 then 'CHANGED' else 'UNCHANGED' end "
				+ "from organisation o where o.id = r.organisation_id and r.run_id = ? and (" + fields.anyDiffers()
				+ ")", id);
		if (run.kind() != ImportKind.CSV) {
			// In the directory from this register, active, in the département, but not in the new file: closed (or
			// no longer ESS, or no longer diffusible) since the previous import.
			String key = run.kind() == ImportKind.SIRENE ? "siret" : "rna";
			Integer max = jdbc.queryForObject("select coalesce(max(seq), 0) from import_row where run_id = ?",
					Integer.class, id);
			jdbc.update("insert into import_row (run_id, seq, match_key, status, organisation_id, name) "
					+ "select ?, ? + row_number() over (order by o.id), o." + key + ", 'CLOSED', o.id, o.name "
					+ "from organisation o where o.source = ? and o.active and o." + key + " is not null "
					+ "and " + departementSql("o.commune_code") + " and not exists (select 1 from import_row r "
					+ "where r.run_id = ? and r.organisation_id = o.id)", id, max, run.kind().source().name(), id);
		}
		jdbc.update("update import_run set count_new = c.n, count_changed = c.changed, count_unchanged = c.unchanged, "
				+ "count_closed = c.closed, count_conflicts = c.conflicts, updated_at = now() from (select "
				+ "count(*) filter (where status = 'NEW') n, count(*) filter (where status = 'CHANGED') changed, "
				+ "count(*) filter (where status = 'UNCHANGED') unchanged, count(*) filter (where status = 'CLOSED') "
				+ "closed, count(*) filter (where cardinality(conflict_fields) > 0) conflicts from import_row "
				+ "where run_id = ?) c where id = ?", id, id);
	}

	private String departementSql(String column) {
		String code = departement.toString();
		if (code.equals("20")) {
			return "(" + column + " like '2A%' or " + column + " like '2B%')";
		}
		return column + " like '" + code.replaceAll("[^0-9AB]", "") + "%'";
	}

	// — apply

	private void applyClaimed(long id) {
		ImportRun run = find(id).orElseThrow();
		long start = System.nanoTime();
		try {
			ImportFields fields = ImportFields.of(run.kind());
			Integer max = jdbc.queryForObject("select coalesce(max(seq), 0) from import_row where run_id = ?",
					Integer.class, id);
			boolean perChunk = run.toApply() <= EVENT_IDS_MAX;
			long[] timers = new long[PHASES.length];
			int chunk = 0;
			for (int from = 1; from <= max; from += chunkSize) {
				int first = from;
				int last = from + chunkSize - 1;
				int index = chunk++;
				Set<Long> touched = tx.execute(status -> applyChunk(run, fields, first, last, index, timers));
				if (perChunk && !touched.isEmpty()) {
					events.publishEvent(new OrganisationsChanged(touched, false));
				}
			}
			long merge = System.nanoTime();
			cleanTrigramPendingList(run);
			long written = System.nanoTime();
			if (!perChunk) {
				events.publishEvent(OrganisationsChanged.all());
			}
			StringBuilder phases = new StringBuilder();
			for (int i = 0; i < PHASES.length; i++) {
				phases.append(i == 0 ? "" : ", ").append(PHASES[i]).append(' ').append(timers[i] / 1_000_000).append(" ms");
			}
			log.info("Import run {}: applied in {} ms ({}, trigram pending list merged {} ms), read models notified "
					+ "in {} ms", id, (written - start) / 1_000_000, phases, (written - merge) / 1_000_000,
					(System.nanoTime() - written) / 1_000_000);
			// The apply's own time: the read models' rebuild (search index, map) is reported apart, in the log.
			jdbc.update("update import_run set state = 'APPLIED', apply_millis = coalesce(apply_millis, 0) + ?, "
					+ "updated_at = now() where id = ?", (written - start) / 1_000_000, id);
		}
		catch (RuntimeException ex) {
			log.warn("Import run {} failed while applying", id, ex);
			String message = "erreur pendant l’application : " + ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : " — " + ex.getMessage());
			jdbc.update("update import_run set state = 'FAILED', error = ?, apply_millis = coalesce(apply_millis, 0) "
					+ "+ ?, updated_at = now() where id = ?", message.length() > 1000 ? message.substring(0, 1000)
							: message, (System.nanoTime() - start) / 1_000_000, id);
			throw ex;
		}
	}

	/** Merges what the chunks left in the trigram index's pending list, so that searches do not scan it. */
	private void cleanTrigramPendingList(ImportRun run) {
		if (run.countNew() == 0 && run.countChanged() == 0) {
			return;
		}
		try {
			jdbc.queryForObject("select gin_clean_pending_list('organisation_name_trgm'::regclass)", Long.class);
		}
		catch (RuntimeException ex) {
			// Autovacuum merges it anyway.
			log.info("Trigram pending list left to autovacuum: {}", ex.getMessage());
		}
	}

	/**
	 * One chunk, in one transaction: history rows, then the updates (only where something applies), the inserts
	 * (nothing on a key another writer took meanwhile) and the closures, then the rows marked applied. Re-running a
	 * chunk that committed changes nothing; one that rolled back is done again in full.
	 */
	private Set<Long> applyChunk(ImportRun run, ImportFields fields, int first, int last, int index, long[] timers) {
		long id = run.id();
		long t = System.nanoTime();
		Set<Long> touched = new HashSet<>();
		String rows = "r.run_id = ? and r.seq between ? and ? and not r.excluded and not r.applied";
		// A chunk whose commit an OS crash would lose is not marked applied either (same transaction): the resume
		// redoes it. So the commit need not wait for the disk; the WAL still keeps the database consistent.
		jdbc.execute("set local synchronous_commit = off");
		// The trigram index of the duplicate detection (GIN) takes new names into its pending list and merges that
		// list into the index when it is full: a bigger list for the chunk means fewer, larger, cheaper merges.
		// The list left at the end of the apply is merged once (gin_clean_pending_list).
		jdbc.execute("set local gin_pending_list_limit = '" + GIN_PENDING_LIST + "'");
		jdbc.execute("set local work_mem = '" + GIN_PENDING_LIST + "'");
		// History first: it reads the old values.
		jdbc.update("insert into organisation_change (organisation_id, author_label, origin, field, old_value, new_value) "
				+ "select o.id, ?, 'IMPORT', f.field, f.old_value, f.new_value from import_row r "
				+ "join organisation o on o.id = r.organisation_id " + fields.lateral() + " where " + rows
				+ " and r.status = 'CHANGED' and f.applies", run.label(), id, first, last);
		t = lap(timers, 0, t);
		touched.addAll(jdbc.queryForList("update organisation o set " + fields.assignments()
				+ " from import_row r where o.id = r.organisation_id and " + rows + " and r.status = 'CHANGED' and "
				+ fields.anyApplies() + " returning o.id", Long.class, id, first, last));
		Derivations.rederive(jdbc, touched);
		t = lap(timers, 1, t);
		List<Long> created = jdbc.queryForList("with created as (insert into organisation (name, acronym, siren, siret, "
				+ "rna, legal_category, ess_family, cooperative_kind, sirene_ess, creation_date, description, naf_code, "
				+ "sector, address, postal_code, commune_code, latitude, longitude, geo_precision, employee_band, "
				+ "inclusion_type, reserved_l2113_12, reserved_l2113_13, reserved_l2113_15, public_website, "
				+ "public_email, public_phone, source, source_key) select r.name, r.acronym, r.siren, r.siret, "
				+ "case when not exists (select 1 from organisation x where x.rna = r.rna) then r.rna end, "
				+ "r.legal_category, r.ess_family, r.cooperative_kind, r.sirene_ess, r.creation_date, r.description, "
				+ "r.naf_code, r.sector, r.address, r.postal_code, r.commune_code, r.latitude, r.longitude, "
				+ "coalesce(r.geo_precision, 'UNKNOWN'), r.employee_band, r.inclusion_type, r.reserved_l2113_12, "
				+ "r.reserved_l2113_13, r.reserved_l2113_15, r.public_website, r.public_email, r.public_phone, ?, "
				+ "r.source_key from import_row r where " + rows + " and r.status = 'NEW' "
				+ "and (r.siret is null or not exists (select 1 from organisation x where x.siret = r.siret)) "
				// No history row for a created organisation: its source, source key and created_at say where and
				// when it comes from (about 30 % of the insert on a first import, see docs/imports.md).
				+ "order by r.seq on conflict do nothing returning id) select id from created", Long.class,
				run.kind().source().name(), id, first, last);
		touched.addAll(created);
		t = lap(timers, 2, t);
		if (run.kind() != ImportKind.CSV) {
			List<Long> closed = jdbc.queryForList("with closed as (update organisation o set active = false, "
					+ "closed_on = current_date, version = o.version + 1, updated_at = now() from import_row r "
					+ "where o.id = r.organisation_id and " + rows + " and r.status = 'CLOSED' and o.active "
					+ "and not (o.protected_fields && array['closed']::text[]) returning o.id) "
					+ "insert into organisation_change (organisation_id, author_label, origin, field, old_value, "
					+ "new_value) select id, ?, 'IMPORT', 'closed', 'false', 'true' from closed returning organisation_id",
					Long.class, id, first, last, run.label());
			touched.addAll(closed);
		}
		t = lap(timers, 3, t);
		chunkHook.accept(index);
		int done = jdbc.update("update import_row r set applied = true where " + rows
				+ " and r.status in ('NEW', 'CHANGED', 'CLOSED')", id, first, last);
		jdbc.update("update import_run set rows_applied = rows_applied + ?, updated_at = now() where id = ?", done, id);
		lap(timers, 4, t);
		return touched;
	}

	/** Pending list of the trigram index during a chunk, and the memory its merge may use. */
	private static final String GIN_PENDING_LIST = "64MB";

	/** What the apply's timers measure, in the order of {@link #applyChunk}. */
	private static final String[] PHASES = { "history", "updates", "inserts", "closures", "marked applied" };

	private static long lap(long[] timers, int phase, long since) {
		long now = System.nanoTime();
		timers[phase] += now - since;
		return now;
	}

	// — review

	/** A row of the review, with its field changes and conflicts. */
	public record ReviewRow(int seq, Long line, String status, Long organisationId, String key, String name,
			boolean excluded, boolean applied, List<Change> changes) {

		public boolean closedEstablishment() {
			return "CLOSED".equals(status);
		}

		public boolean categoryChanged() {
			return changes.stream().anyMatch(c -> c.field().equals("legalCategory") && c.applies());
		}

		public boolean moved() {
			return changes.stream()
				.anyMatch(c -> c.applies() && (c.field().equals("address") || c.field().equals("communeCode")));
		}

		public boolean conflicts() {
			return changes.stream().anyMatch(Change::conflict);
		}

	}

	/** One field of a review row: its old and new value; {@code conflict}: protected, the import leaves it. */
	public record Change(String field, String oldValue, String newValue, boolean applies, boolean conflict) {
	}

	/** Review filters: which rows a tab shows. */
	public enum ReviewFilter {

		CHANGED("r.status = 'CHANGED'"), NEW("r.status = 'NEW'"), CLOSED("r.status = 'CLOSED'"),
		CONFLICTS("cardinality(r.conflict_fields) > 0"), UNCHANGED("r.status = 'UNCHANGED'");

		final String sql;

		ReviewFilter(String sql) {
			this.sql = sql;
		}

	}

	public long countRows(long id, ReviewFilter filter) {
		Long n = jdbc.queryForObject("select count(*) from import_row r where r.run_id = ? and " + filter.sql,
				Long.class, id);
		return n == null ? 0 : n;
	}

	public List<ReviewRow> review(long id, ReviewFilter filter, int page, int size) {
		ImportRun run = find(id).orElseThrow();
		Map<Integer, ReviewRow> rows = new LinkedHashMap<>();
		jdbc.query("select r.seq, r.line, r.status, r.organisation_id, r.match_key, coalesce(r.name, '') name, "
				+ "r.excluded, r.applied from import_row r where r.run_id = ? and " + filter.sql
				+ " order by r.seq limit ? offset ?", rs -> {
					rows.put(rs.getInt("seq"), new ReviewRow(rs.getInt("seq"), (Long) rs.getObject("line"),
							rs.getString("status"), (Long) rs.getObject("organisation_id"), rs.getString("match_key"),
							rs.getString("name"), rs.getBoolean("excluded"), rs.getBoolean("applied"),
							new ArrayList<>()));
				}, id, size, (long) page * size);
		if (rows.isEmpty()) {
			return List.of();
		}
		ImportFields fields = ImportFields.of(run.kind());
		jdbc.query("select r.seq, f.field, f.old_value, f.new_value, f.applies, f.conflict from import_row r "
				+ "join organisation o on o.id = r.organisation_id " + fields.lateral()
				+ " where r.run_id = ? and r.seq = any(?) and r.status in ('CHANGED', 'UNCHANGED') "
				+ "and (f.applies or f.conflict) order by r.seq", rs -> {
					rows.get(rs.getInt("seq"))
						.changes()
						.add(new Change(rs.getString("field"), rs.getString("old_value"), rs.getString("new_value"),
								rs.getBoolean("applies"), rs.getBoolean("conflict")));
				}, id, rows.keySet().toArray(Integer[]::new));
		rows.values()
			.stream()
			.filter(r -> "CLOSED".equals(r.status()))
			.forEach(r -> r.changes().add(new Change("closed", "false", "true", true, false)));
		return new ArrayList<>(rows.values());
	}

	/** Excludes (or includes again) rows of a run not yet applied. */
	public int exclude(long id, List<Integer> seqs, boolean excluded) {
		if (seqs.isEmpty()) {
			return 0;
		}
		return jdbc.update("update import_row set excluded = ? where run_id = ? and seq = any(?) and not applied",
				excluded, id, seqs.toArray(Integer[]::new));
	}

	// — report

	public Path reportPath(ImportRun run) {
		return Path.of(run.workDir()).resolve("rapport.csv");
	}

	/**
	 * The rejected rows and warnings of every file, for Excel: UTF-8 with a byte order mark, {@code ;}, French
	 * headers, ordered by file then line.
	 */
	private void writeReport(Path dir, List<RegisterReport> reports) {
		try (Writer out = new BufferedWriter(new OutputStreamWriter(
				Files.newOutputStream(dir.resolve("rapport.csv")), StandardCharsets.UTF_8))) {
			out.write('\uFEFF');
			out.write("fichier;ligne;decision;motif;extrait\r\n");
			for (RegisterReport report : reports) {
				List<RowIssue> all = new ArrayList<>(report.rejected());
				all.addAll(report.warnings());
				all.sort(Comparator.comparingLong(RowIssue::line));
				for (RowIssue issue : all) {
					out.write(csv(report.file()) + ";" + issue.line() + ";"
							+ (issue.rejected() ? "rejetée" : "conservée") + ";" + csv(issue.reason()) + ";"
							+ csv(issue.excerpt()) + "\r\n");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String csv(String value) {
		String v = value == null ? "" : value;
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		return '"' + v.replace("\"", "\"\"") + '"';
	}

	static Charset charset(String name) {
		return name == null || name.isBlank() ? null : Charset.forName(name);
	}

	static Timestamp now() {
		return Timestamp.from(Instant.now());
	}

	static <T> Predicate<T> not(Predicate<T> p) {
		return p.negate();
	}

}
