package org.gide.agenda.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * The report form as typed, shown again as it was on an error: the organisations already listed ({@code listed},
 * each with a {@code remove} checkbox) and those typed by name or SIRET, one per line ({@code organisations}).
 */
public class ReportForm {

	private String participants = "";

	private String organisations = "";

	private List<Long> listed = new ArrayList<>();

	private List<Long> remove = new ArrayList<>();

	private String summary = "";

	private String followUp = "";

	private String version;

	public String getParticipants() {
		return participants;
	}

	public void setParticipants(String participants) {
		this.participants = participants == null ? "" : participants;
	}

	public String getOrganisations() {
		return organisations;
	}

	public void setOrganisations(String organisations) {
		this.organisations = organisations == null ? "" : organisations;
	}

	public List<Long> getListed() {
		return listed;
	}

	public void setListed(List<Long> listed) {
		this.listed = listed == null ? new ArrayList<>() : new ArrayList<>(listed);
	}

	public List<Long> getRemove() {
		return remove;
	}

	public void setRemove(List<Long> remove) {
		this.remove = remove == null ? new ArrayList<>() : new ArrayList<>(remove);
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary == null ? "" : summary;
	}

	public String getFollowUp() {
		return followUp;
	}

	public void setFollowUp(String followUp) {
		this.followUp = followUp == null ? "" : followUp;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
