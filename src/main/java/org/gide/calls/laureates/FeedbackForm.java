package org.gide.calls.laureates;

/** The fields of the retour d'expérience form. */
public class FeedbackForm {

	private String buildingTheDossier = "";

	private String cooperation = "";

	private String difficulties = "";

	private String advice = "";

	private String satisfaction = "";

	static FeedbackForm of(Laureates.Feedback feedback) {
		FeedbackForm form = new FeedbackForm();
		form.buildingTheDossier = feedback.buildingTheDossier();
		form.cooperation = feedback.cooperation();
		form.difficulties = feedback.difficulties();
		form.advice = feedback.advice();
		form.satisfaction = String.valueOf(feedback.satisfaction());
		return form;
	}

	public String getBuildingTheDossier() {
		return buildingTheDossier;
	}

	public void setBuildingTheDossier(String buildingTheDossier) {
		this.buildingTheDossier = buildingTheDossier;
	}

	public String getCooperation() {
		return cooperation;
	}

	public void setCooperation(String cooperation) {
		this.cooperation = cooperation;
	}

	public String getDifficulties() {
		return difficulties;
	}

	public void setDifficulties(String difficulties) {
		this.difficulties = difficulties;
	}

	public String getAdvice() {
		return advice;
	}

	public void setAdvice(String advice) {
		this.advice = advice;
	}

	public String getSatisfaction() {
		return satisfaction;
	}

	public void setSatisfaction(String satisfaction) {
		this.satisfaction = satisfaction;
	}

}
