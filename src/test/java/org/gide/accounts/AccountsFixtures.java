package org.gide.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.gide.support.WebClient;

/** Helpers shared by the accounts tests: unique emails, reading real mails from GreenMail, signing in. */
public final class AccountsFixtures {

	/** A password that satisfies the policy. */
	public static final String PASSWORD = "Garrigue-Cevennes-2026!";

	private static final AtomicInteger SEQ = new AtomicInteger();

	private AccountsFixtures() {
	}

	public static String uniqueEmail(String prefix) {
		return prefix + "." + System.nanoTime() + "." + SEQ.incrementAndGet() + "@exemple.fr";
	}

	/** The decoded text bodies of every mail GreenMail received for this recipient, oldest first. */
	public static List<String> mailsTo(GreenMail mail, String recipient) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> isFor(m, recipient)).map(AccountsFixtures::body).toList();
	}

	/** Waits (up to 10 s) until {@code count} mails reached this recipient, and returns the last one's body. */
	public static String awaitMail(GreenMail mail, String recipient, int count) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (Instant.now().isBefore(deadline)) {
			List<String> bodies = mailsTo(mail, recipient);
			if (bodies.size() >= count) {
				return bodies.get(count - 1);
			}
			mail.waitForIncomingEmail(200, 1);
		}
		throw new AssertionError("No mail #" + count + " to " + recipient);
	}

	public static String subjectOfLastMailTo(GreenMail mail, String recipient) {
		return Arrays.stream(mail.getReceivedMessages())
			.filter(m -> isFor(m, recipient))
			.reduce((a, b) -> b)
			.map(m -> {
				try {
					return m.getSubject();
				}
				catch (MessagingException ex) {
					throw new IllegalStateException(ex);
				}
			})
			.orElseThrow();
	}

	/** The path (and query) of the first link of the body to {@code path}, relative to the server. */
	public static String link(String body, String path) {
		Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "\\?jeton=[A-Za-z0-9_-]+)").matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("No link to " + path + " in:\n" + body);
		}
		return matcher.group(1);
	}

	public static String token(String link) {
		return link.substring(link.indexOf("jeton=") + 6);
	}

	private static boolean isFor(MimeMessage message, String recipient) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Signs in through the login form; returns the response to the POST. */
	public static java.net.http.HttpResponse<String> login(WebClient web, String email, String password) {
		return web.submit("/connexion", "/connexion", Map.of("email", email, "password", password));
	}

}
