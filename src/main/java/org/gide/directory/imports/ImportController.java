package org.gide.directory.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.directory.registers.CsvRows;
import org.gide.directory.registers.RegisterFiles;

/**
 * Import pages for agents: upload (files streamed to disk by the servlet container, moved into the run's folder,
 * never held in memory), column mapping of a CSV list, progress, review, apply and report download.
 */
@Controller
@RequestMapping("/admin/annuaire/imports")
class ImportController {

	static final int PAGE_SIZE = 50;

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("runs", imports.recent(50));
		return "directory-imports/list";
	}

	@PostMapping("/sirene")
	String uploadSirene(@RequestParam(name = "unites", required = false) MultipartFile units,
			@RequestParam(name = "etablissements", required = false) MultipartFile establishments, Model model) {
		List<String> errors = new ArrayList<>();
		if (empty(units)) {
			errors.add("unites");
		}
		if (empty(establishments)) {
			errors.add("etablissements");
		}
		if (!errors.isEmpty()) {
			return rejected(model, "sirene", errors);
		}
		Path dir = imports.newWorkDir();
		List<Path> files = List.of(store(units, dir, "StockUniteLegale"), store(establishments, dir, "StockEtablissement"));
		ImportRun run = imports.create(ImportKind.SIRENE, dir, files, null, null);
		imports.startParsing(run.id());
		return "redirect:/admin/annuaire/imports/" + run.id();
	}

	@PostMapping("/rna")
	String uploadRna(@RequestParam(name = "fichier", required = false) MultipartFile file, Model model) {
		if (empty(file)) {
			return rejected(model, "rna", List.of("fichier"));
		}
		Path dir = imports.newWorkDir();
		ImportRun run = imports.create(ImportKind.RNA, dir, List.of(store(file, dir, "rna_waldec")), null, null);
		imports.startParsing(run.id());
		return "redirect:/admin/annuaire/imports/" + run.id();
	}

	@PostMapping("/csv")
	String uploadCsv(@RequestParam(name = "fichier", required = false) MultipartFile file, Model model) {
		if (empty(file)) {
			return rejected(model, "csv", List.of("fichier"));
		}
		Path dir = imports.newWorkDir();
		ImportRun run = imports.create(ImportKind.CSV, dir, List.of(store(file, dir, "liste")), null, null);
		return "redirect:/admin/annuaire/imports/" + run.id() + "/correspondance";
	}

	@GetMapping("/{id}/correspondance")
	String mappingForm(@PathVariable long id, Model model) {
		ImportRun run = csvRun(id);
		CsvPreview preview = preview(run, null, null);
		Map<String, String> guessed = new LinkedHashMap<>();
		for (String field : CsvMapping.FIELDS) {
			guessed.put(field, preview.guess(field));
		}
		return mappingPage(model, run, preview, guessed, null, List.of());
	}

	@PostMapping("/{id}/correspondance")
	String saveMapping(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
		ImportRun run = csvRun(id);
		String delimiterName = form.getOrDefault("separateur", "");
		Character delimiter = switch (delimiterName) {
			case "virgule" -> ',';
			case "point-virgule" -> ';';
			case "tabulation" -> '\t';
			case "barre" -> '|';
			default -> null;
		};
		String charset = form.getOrDefault("encodage", "");
		if (!charset.isEmpty() && !Charset.isSupported(charset)) {
			charset = "";
		}
		Map<String, String> columns = new LinkedHashMap<>();
		for (String field : CsvMapping.FIELDS) {
			String column = form.get("col-" + field);
			if (column != null && !column.isBlank()) {
				columns.put(field, column);
			}
		}
		String key = form.get("cle");
		CsvMapping mapping = new CsvMapping(columns, key == null || key.isBlank() ? null : key, delimiter,
				charset.isEmpty() ? null : charset);
		CsvPreview preview = preview(run, delimiter, charset.isEmpty() ? null : charset);
		List<String> problems = mapping.problems(preview.header());
		if (!problems.isEmpty() || !"UPLOADED".equals(run.state().name())) {
			return mappingPage(model, run, preview, columns, mapping, problems);
		}
		imports.saveMapping(id, mapping);
		imports.startParsing(id);
		return "redirect:/admin/annuaire/imports/" + id;
	}

	@GetMapping("/{id}")
	String run(@PathVariable long id, @RequestParam(name = "vue", defaultValue = "CHANGED") String view,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		ImportRun run = find(id);
		ImportService.ReviewFilter filter;
		try {
			filter = ImportService.ReviewFilter.valueOf(view.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			filter = ImportService.ReviewFilter.CHANGED;
		}
		model.addAttribute("run", run);
		if (run.state() == RunState.READY || run.state() == RunState.APPLIED
				|| (run.state() == RunState.FAILED && run.parseMillis() != null)) {
			Map<ImportService.ReviewFilter, Long> counts = new LinkedHashMap<>();
			for (ImportService.ReviewFilter f : ImportService.ReviewFilter.values()) {
				counts.put(f, imports.countRows(id, f));
			}
			long total = counts.get(filter);
			int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
			int current = Math.min(Math.max(1, page), pages);
			model.addAttribute("counts", counts);
			model.addAttribute("view", filter);
			model.addAttribute("rows", imports.review(id, filter, current - 1, PAGE_SIZE));
			model.addAttribute("page", current);
			model.addAttribute("pages", pages);
		}
		model.addAttribute("hasReport", Files.exists(imports.reportPath(run)));
		return "directory-imports/run";
	}

	@GetMapping("/{id}/progression")
	String progress(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, HttpServletResponse response) {
		ImportRun run = find(id);
		if (htmx != null && !run.working()) {
			// The review appears with the whole page.
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("run", run);
		return "directory-imports/run :: progress";
	}

	@PostMapping("/{id}/exclusions")
	String exclude(@PathVariable long id, @RequestParam(name = "ligne", required = false) List<Integer> seqs,
			@RequestParam(name = "action", defaultValue = "exclure") String action,
			@RequestParam(name = "vue", defaultValue = "CHANGED") String view,
			@RequestParam(name = "page", defaultValue = "1") int page, RedirectAttributes redirect) {
		find(id);
		int n = imports.exclude(id, seqs == null ? List.of() : seqs, !"inclure".equals(action));
		redirect.addFlashAttribute("excluded", n);
		redirect.addFlashAttribute("excludedAction", "inclure".equals(action) ? "included" : "excluded");
		return "redirect:/admin/annuaire/imports/" + id + "?vue=" + view + "&page=" + page;
	}

	@PostMapping("/{id}/application")
	String apply(@PathVariable long id, RedirectAttributes redirect) {
		find(id);
		if (!imports.startApplying(id)) {
			redirect.addFlashAttribute("notApplicable", true);
		}
		return "redirect:/admin/annuaire/imports/" + id;
	}

	@PostMapping("/{id}/suppression")
	String delete(@PathVariable long id, @RequestParam(name = "confirmer", required = false) String confirm,
			RedirectAttributes redirect) {
		ImportRun run = find(id);
		if (!"oui".equals(confirm)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (run.working()) {
			redirect.addFlashAttribute("notDeletable", true);
			return "redirect:/admin/annuaire/imports/" + id;
		}
		imports.delete(id);
		FileSystemUtils.deleteRecursively(Path.of(run.workDir()).toFile());
		redirect.addFlashAttribute("deleted", run.label());
		return "redirect:/admin/annuaire/imports";
	}

	@GetMapping("/{id}/rapport.csv")
	ResponseEntity<Resource> report(@PathVariable long id) {
		ImportRun run = find(id);
		Path report = imports.reportPath(run);
		if (!Files.exists(report)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("rapport-import-" + id + ".csv").build().toString())
			.body(new FileSystemResource(report));
	}

	// — helpers

	private ImportRun find(long id) {
		return imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ImportRun csvRun(long id) {
		ImportRun run = find(id);
		if (run.kind() != ImportKind.CSV) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return run;
	}

	private static boolean empty(MultipartFile file) {
		return file == null || file.isEmpty();
	}

	private String rejected(Model model, String form, List<String> missing) {
		model.addAttribute("runs", imports.recent(50));
		model.addAttribute("form", form);
		model.addAttribute("missing", missing);
		return "directory-imports/list";
	}

	/** Moves the uploaded file (already on disk) into the run's folder, keeping a safe name and its extension. */
	private static Path store(MultipartFile file, Path dir, String base) {
		String original = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		String extension = original.endsWith(".zip") ? ".zip" : original.endsWith(".gz") ? ".csv.gz" : ".csv";
		Path target = dir.resolve(base + extension);
		try {
			file.transferTo(target);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return target;
	}

	private CsvPreview preview(ImportRun run, Character delimiter, String charsetName) {
		Path file = Path.of(run.workDir()).resolve(run.fileNames().split("\n")[0]);
		try (InputStream in = ImportService.open(file, new AtomicLong())) {
			java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
			Charset charset = charsetName != null ? Charset.forName(charsetName)
					: RegisterFiles.detect(buffered, RegisterFiles.WINDOWS_1252);
			Reader reader = new java.io.BufferedReader(RegisterFiles.reader(buffered, charset, null), 1 << 16);
			char d = delimiter != null ? delimiter : ImportService.sniffDelimiter((java.io.BufferedReader) reader);
			List<String[]> lines = CsvRows.preview(reader, d, 5);
			List<String> header = lines.isEmpty() ? List.of() : List.of(lines.get(0));
			return new CsvPreview(d, charset.name(), header, lines.isEmpty() ? List.of() : lines.subList(1, lines.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String mappingPage(Model model, ImportRun run, CsvPreview preview, Map<String, String> selected,
			CsvMapping mapping, List<String> problems) {
		model.addAttribute("run", run);
		model.addAttribute("preview", preview);
		model.addAttribute("fields", CsvMapping.FIELDS);
		model.addAttribute("keys", CsvMapping.KEYS);
		model.addAttribute("selected", selected);
		model.addAttribute("key", mapping == null ? null : mapping.key());
		model.addAttribute("problems", problems);
		model.addAttribute("charsets", List.of("UTF-8", "windows-1252", "ISO-8859-1"));
		return "directory-imports/mapping";
	}

}
