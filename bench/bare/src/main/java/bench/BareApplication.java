package bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;

/**
 * A web application that does nothing: what starting Spring Boot and Tomcat costs by itself. With
 * {@code plenary.aot-training=true} it trains its AOT cache as Plenary does: a whole start, its first health probe, a
 * clean stop.
 */
@SpringBootApplication
public class BareApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }

    @EventListener
    void stopWhenReady(AvailabilityChangeEvent<ReadinessState> readiness) throws IOException {
        if (Boolean.getBoolean("plenary.aot-training") && readiness.getState() == ReadinessState.ACCEPTING_TRAFFIC
                && readiness.getSource() instanceof WebServerApplicationContext context) {
            int port = context.getWebServer().getPort();
            try (InputStream health = URI.create("http://localhost:" + port + "/actuator/health").toURL().openStream()) {
                health.readAllBytes();
            }
            System.exit(SpringApplication.exit(context));
        }
    }
}
