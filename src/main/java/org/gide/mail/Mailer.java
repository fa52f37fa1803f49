package org.gide.mail;

import java.util.Locale;
import java.util.Map;

/** Sends a templated mail (Thymeleaf text template under {@code templates/mail/}) to one recipient. */
public interface Mailer {

	/**
	 * Queues the mail in the caller's transaction; it leaves after commit, so a rolled-back action sends nothing.
	 * @param to recipient address
	 * @param subjectKey message key of the subject (arguments come from {@code subjectArgs})
	 * @param template template name under {@code mail/}, without extension
	 * @param model template variables
	 */
	void send(String to, Locale locale, String subjectKey, Object[] subjectArgs, String template, Map<String, Object> model);

}
