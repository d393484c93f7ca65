package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * A web application that does nothing: what starting Spring Boot and Tomcat costs by itself. With
 * {@code plenary.aot-training=true} it stops as soon as it is ready, as Plenary does, to train its AOT cache on a
 * whole start.
 */
@SpringBootApplication
public class BareApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }

    @EventListener
    void stopWhenReady(ApplicationReadyEvent ready) {
        if (Boolean.getBoolean("plenary.aot-training")) {
            System.exit(SpringApplication.exit(ready.getApplicationContext()));
        }
    }
}
