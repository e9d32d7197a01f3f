package fr.maillage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Maillage, the working platform of the people who run France's politique de la ville.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MaillageApplication {

    public static void main(String[] args) {
        SpringApplication.run(MaillageApplication.class, args);
    }
}
