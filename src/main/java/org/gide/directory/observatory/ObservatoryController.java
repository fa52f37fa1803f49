package org.gide.directory.observatory;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gide.directory.EmployeeBand;
import org.gide.territory.Commune;
import org.gide.territory.Communes;
import org.gide.territory.Territories;
import org.gide.territory.TerritorySummary;

/**
 * The observatory ({@code /observatoire}): the plan's key figures computed live from the directory, for the
 * département or one EPCI ({@code ?epci=}) or territory ({@code ?territoire=}), each chart with its table, and the
 * plan's own figures beside them for the whole département.
 */
@Controller
class ObservatoryController {

	private final Observatory observatory;

	private final Communes communes;

	private final Territories territories;

	private final MessageSource messages;

	private final JdbcTemplate jdbc;

	private final PlanFigures plan = PlanFigures.standard();

	ObservatoryController(Observatory observatory, Communes communes, Territories territories,
			MessageSource messages, JdbcTemplate jdbc) {
		this.observatory = observatory;
		this.communes = communes;
		this.territories = territories;
		this.messages = messages;
		this.jdbc = jdbc;
	}

	@GetMapping("/observatoire")
	String page(@RequestParam(required = false) String epci, @RequestParam(required = false) String territoire,
			Model model, Locale locale) {
		List<Commune> all = communes.all();
		Set<String> selected = null;
		String areaName = null;
		boolean unknownArea = false;
		if (epci != null && !epci.isBlank()) {
			selected = all.stream()
				.filter(c -> c.epci() != null && c.epci().code().equals(epci.strip()))
				.map(Commune::code)
				.collect(Collectors.toSet());
			areaName = all.stream()
				.filter(c -> c.epci() != null && c.epci().code().equals(epci.strip()))
				.map(c -> c.epci().nom())
				.findFirst()
				.orElse(null);
		}
		else if (territoire != null && !territoire.isBlank()) {
			var territory = territories.findBySlug(territoire.strip());
			if (territory.isPresent()) {
				selected = territories.communesOf(territory.get().slug())
					.stream()
					.map(Commune::code)
					.collect(Collectors.toSet());
				areaName = territory.get().nom();
			}
		}
		if (selected != null && areaName == null) {
			unknownArea = true;
			selected = null;
		}
		if ((epci != null && !epci.isBlank() || territoire != null && !territoire.isBlank()) && areaName == null) {
			unknownArea = true;
		}
		Observatory.Figures figures = observatory.figures(selected, plan);
		boolean whole = selected == null;
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		NumberFormat percent = NumberFormat.getNumberInstance(locale);
		percent.setMaximumFractionDigits(1);
		String live = messages.getMessage("observatory.series.live", null, locale);
		String planSeries = messages.getMessage("observatory.series.plan", null, locale);
		List<String> series = whole ? List.of(live, planSeries) : List.of(live);

		List<String> familyLabels = new ArrayList<>();
		double[][] familyValues = new double[figures.families().size()][series.size()];
		String[][] familyTexts = new String[figures.families().size()][series.size()];
		for (int i = 0; i < figures.families().size(); i++) {
			Observatory.FamilyRow row = figures.families().get(i);
			familyLabels.add(messages.getMessage(row.family().messageKey(), null, locale));
			familyValues[i][0] = row.employers();
			familyTexts[i][0] = numbers.format(row.employers());
			if (whole) {
				familyValues[i][1] = row.plan().isPresent() ? row.plan().getAsLong() : Double.NaN;
				familyTexts[i][1] = row.plan().isPresent() ? numbers.format(row.plan().getAsLong()) : "";
			}
		}
		List<String> sectorLabels = new ArrayList<>();
		double[][] sectorValues = new double[figures.sectors().size()][series.size()];
		String[][] sectorTexts = new String[figures.sectors().size()][series.size()];
		for (int i = 0; i < figures.sectors().size(); i++) {
			Observatory.SectorRow row = figures.sectors().get(i);
			sectorLabels.add(messages.getMessage(row.sector().messageKey(), null, locale));
			sectorValues[i][0] = row.employerShare();
			sectorTexts[i][0] = percent.format(row.employerShare()) + " %";
			if (whole) {
				sectorValues[i][1] = row.planShare().isPresent() ? row.planShare().getAsLong() : Double.NaN;
				sectorTexts[i][1] = row.planShare().isPresent() ? row.planShare().getAsLong() + " %" : "";
			}
		}
		List<Observatory.BandCount> bands = figures.bands().stream().filter(b -> b.band() != EmployeeBand.NN).toList();
		List<String> bandLabels = new ArrayList<>();
		double[][] bandValues = new double[bands.size()][1];
		String[][] bandTexts = new String[bands.size()][1];
		for (int i = 0; i < bands.size(); i++) {
			bandLabels.add(messages.getMessage(bands.get(i).band().messageKey(), null, locale));
			bandValues[i][0] = bands.get(i).count();
			bandTexts[i][0] = numbers.format(bands.get(i).count());
		}
		Map<String, List<Observatory.AreaRow>> areas = Observatory.areas(all, observatory.byCommune());
		List<Observatory.AreaRow> epcis = areas.get("epci");
		double[][] epciValues = new double[epcis.size()][2];
		String[][] epciTexts = new String[epcis.size()][2];
		for (int i = 0; i < epcis.size(); i++) {
			epciValues[i][0] = epcis.get(i).employers();
			epciTexts[i][0] = numbers.format(epcis.get(i).employers());
			epciValues[i][1] = epcis.get(i).all();
			epciTexts[i][1] = numbers.format(epcis.get(i).all());
		}

		model.addAttribute("figures", figures);
		model.addAttribute("whole", whole);
		model.addAttribute("areaName", areaName);
		model.addAttribute("unknownArea", unknownArea);
		model.addAttribute("plan", plan);
		model.addAttribute("planEmployers", plan.value("etablissements_employeurs").orElse(0));
		model.addAttribute("planEmployees", plan.value("salaries").orElse(0));
		model.addAttribute("planFte", plan.value("equivalents_temps_plein").orElse(0));
		model.addAttribute("planAssociationsMin", plan.value("associations_min").orElse(0));
		model.addAttribute("planAssociationsMax", plan.value("associations_max").orElse(0));
		model.addAttribute("familyChart", BarChart.of("chart-family", series, familyLabels, familyValues, familyTexts));
		model.addAttribute("sectorChart", BarChart.of("chart-sector", series, sectorLabels, sectorValues, sectorTexts));
		model.addAttribute("bandChart", BarChart.of("chart-band", List.of(live), bandLabels, bandValues, bandTexts));
		model.addAttribute("epciChart", BarChart.of("chart-epci",
				List.of(messages.getMessage("observatory.series.employers", null, locale),
						messages.getMessage("observatory.series.all", null, locale)),
				epcis.stream().map(Observatory.AreaRow::name).toList(), epciValues, epciTexts));
		model.addAttribute("epcis", epcis);
		model.addAttribute("territories", areas.get("territoire"));
		model.addAttribute("allTerritories", territories.list().stream().map(TerritorySummary::ref).toList());
		model.addAttribute("allEpcis", territories.epcis());
		model.addAttribute("selectedEpci", epci);
		model.addAttribute("selectedTerritory", territoire);
		Instant last = jdbc.queryForObject("select max(updated_at) from organisation", Instant.class);
		model.addAttribute("lastUpdate", last == null ? null : last.atZone(ZoneId.of("Europe/Paris")).toLocalDate());
		model.addAttribute("today", java.time.LocalDate.now(ZoneId.of("Europe/Paris")));
		return "directory/observatory";
	}

}
