package org.gide;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Gide, the open-source platform of the social and solidarity economy of the Gard. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GideApplication {

	public static void main(String[] args) {
		SpringApplication.run(GideApplication.class, args);
	}

}
