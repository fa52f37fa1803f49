package org.gide.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a random port, against a real (embedded, throw-away)
 * PostgreSQL, with a real SMTP server (GreenMail) and a stand-in of the national address service
 * ({@link AddressServiceStub}) in-process. All subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

	/** One SMTP server for the whole test JVM; tests read what it received. */
	protected static final GreenMail MAIL = startMailServer();

	@LocalServerPort
	protected int port;

	private static GreenMail startMailServer() {
		ServerSetup setup = ServerSetupTest.SMTP.dynamicPort();
		GreenMail mail = new GreenMail(setup);
		mail.start();
		Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
		return mail;
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
		registry.add("gide.geocoding.url", () -> AddressServiceStub.instance().url());
	}

	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	protected WebClient web() {
		return new WebClient(baseUrl());
	}

}
