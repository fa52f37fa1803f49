package org.gide.resources.meetings;

/** The form recording a meeting of the editorial committee, kept as typed when it is shown again with errors. */
public class MeetingForm {

	private String heldOn = "";

	private String title = "";

	private String attendees = "";

	private String minutes = "";

	public String getHeldOn() {
		return heldOn;
	}

	public void setHeldOn(String heldOn) {
		this.heldOn = heldOn == null ? "" : heldOn;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}

	public String getAttendees() {
		return attendees;
	}

	public void setAttendees(String attendees) {
		this.attendees = attendees == null ? "" : attendees;
	}

	public String getMinutes() {
		return minutes;
	}

	public void setMinutes(String minutes) {
		this.minutes = minutes == null ? "" : minutes;
	}

}
