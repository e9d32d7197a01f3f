package fr.maillage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Maillage, the working platform of the people who run France's politique de la ville.
 * <p>
 * Beans are named after their fully qualified class: modules are written side by side and two of
 * them may well have a {@code DashboardController} or a {@code Decisions} repository each.
 */
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@EnableJpaRepositories(basePackages = "fr.maillage", nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class MaillageApplication {

    public static void main(String[] args) {
        SpringApplication.run(MaillageApplication.class, args);
    }
}
