package qc.logbook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The intervention logbook service. */
@SpringBootApplication
public class LogbookApplication {

    public static void main(String[] args) {
        // Tenants' data must not leave the service: no anonymous usage report to the framework's vendor either.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        SpringApplication.run(LogbookApplication.class, args);
    }
}
