package org.gide.calls.dossiers;

import java.util.ArrayList;
import java.util.List;

/** The "modifier" form: the dossier's content sections and the version it was loaded at. */
public class ContentForm {

	private Long version;

	private String title = "";

	private String summary = "";

	private String descriptionHtml = "";

	private String diagnosisText = "";

	private List<Long> needIds = new ArrayList<>();

	private List<String> themes = new ArrayList<>();

	private String governanceHtml = "";

	static ContentForm of(Dossier d) {
		ContentForm form = new ContentForm();
		form.version = d.version();
		form.title = d.title();
		form.summary = d.summary();
		form.descriptionHtml = d.descriptionHtml();
		form.diagnosisText = d.diagnosisText();
		form.needIds = new ArrayList<>(d.needs().stream().map(Dossier.LinkedNeed::id).toList());
		form.themes = new ArrayList<>(d.themes());
		form.governanceHtml = d.governanceHtml();
		return form;
	}

	Dossiers.Content content() {
		return new Dossiers.Content(title, summary, descriptionHtml, diagnosisText, needIds, themes, governanceHtml);
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getDescriptionHtml() {
		return descriptionHtml;
	}

	public void setDescriptionHtml(String descriptionHtml) {
		this.descriptionHtml = descriptionHtml;
	}

	public String getDiagnosisText() {
		return diagnosisText;
	}

	public void setDiagnosisText(String diagnosisText) {
		this.diagnosisText = diagnosisText;
	}

	public List<Long> getNeedIds() {
		return needIds;
	}

	public void setNeedIds(List<Long> needIds) {
		this.needIds = needIds == null ? new ArrayList<>() : needIds;
	}

	public List<String> getThemes() {
		return themes;
	}

	public void setThemes(List<String> themes) {
		this.themes = themes == null ? new ArrayList<>() : themes;
	}

	public String getGovernanceHtml() {
		return governanceHtml;
	}

	public void setGovernanceHtml(String governanceHtml) {
		this.governanceHtml = governanceHtml;
	}

}
