package org.gide.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.gide.mail.Mailer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

@Service
class OutboxMailer implements Mailer {

	private static final Logger log = LoggerFactory.getLogger(OutboxMailer.class);

	private final OutboxMailRepository outbox;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final ObjectProvider<JavaMailSender> smtp;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String from;

	private final String publicUrl;

	private final boolean keepBodies;

	OutboxMailer(OutboxMailRepository outbox, MessageSource messages,
			ObjectProvider<JavaMailSender> smtp, ApplicationEventPublisher events, ObjectProvider<Clock> clock,
			@Value("${gide.mail.from}") String from, @Value("${gide.public-url}") String publicUrl,
			@Value("${gide.mail.outbox-viewer:false}") boolean keepBodies) {
		this.outbox = outbox;
		this.templates = textTemplates(messages);
		this.messages = messages;
		this.smtp = smtp;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.from = from;
		this.publicUrl = publicUrl;
		this.keepBodies = keepBodies;
	}

	@Override
	@Transactional
	public void send(String to, Locale locale, String subjectKey, Object[] subjectArgs, String template,
			Map<String, Object> model) {
		String subject = messages.getMessage(subjectKey, subjectArgs, locale);
		Context context = new Context(locale);
		context.setVariables(model);
		context.setVariable("publicUrl", publicUrl);
		String body = templates.process(template, context);
		OutboxMail mail = outbox.save(new OutboxMail(to, subject, body, clock.instant()));
		events.publishEvent(new MailQueued(mail.getId()));
	}

	/** Plain-text mail templates ({@code templates/mail/*.txt}), with the application's message bundles. */
	private static ITemplateEngine textTemplates(MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

	record MailQueued(long id) {
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void deliverAfterCommit(MailQueued queued) {
		outbox.findById(queued.id()).ifPresent(this::deliver);
	}

	/** Retries what could not be delivered, and forgets old traces (see the personal data page). */
	@Scheduled(fixedDelayString = "${gide.mail.retry-delay:PT1M}", initialDelayString = "PT30S")
	@Transactional
	public void retryPending() {
		outbox.findTop50ByStatusOrderByIdAsc(OutboxMail.Status.PENDING).forEach(this::deliver);
		outbox.deleteOlderThan(clock.instant().minus(Duration.ofDays(90)));
	}

	private void deliver(OutboxMail mail) {
		if (mail.getStatus() != OutboxMail.Status.PENDING) {
			return;
		}
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender == null) {
			mail.keptLocally();
			log.info("Mail kept in the local outbox (no SMTP host configured) to {}: {}\n{}", mail.getRecipient(),
					mail.getSubject(), mail.getBody());
			return;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(new InternetAddress(from, true));
			helper.setTo(mail.getRecipient());
			helper.setSubject(mail.getSubject());
			helper.setText(mail.getBody(), false);
			sender.send(message);
			mail.delivered(Instant.now(clock), keepBodies);
		}
		catch (Exception ex) {
			log.warn("Mail {} to {} not delivered (attempt {}): {}", mail.getId(), mail.getRecipient(),
					mail.getAttempts() + 1, ex.getMessage());
			mail.failed(ex.getMessage());
		}
	}

}
