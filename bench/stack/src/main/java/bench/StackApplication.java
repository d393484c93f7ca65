package bench;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Plenary's web stack without Plenary, the second baseline of bench/writes.sh: a delegate's bearer token checked
 * against the database as Plenary checks it ({@link BearerTokenFilter}), then pgbench's transaction of the spread case
 * (the answer and its audit entry, {@link Comments}) behind a {@code @RestController} answering 201 with a receipt.
 * What it reaches against pgbench, on the same PostgreSQL in the same run, is what the stack allows; what Plenary
 * reaches against it is Plenary's own cost.
 */
@SpringBootApplication
public class StackApplication {

    public static void main(String[] args) {
        SpringApplication.run(StackApplication.class, args);
    }

    /** Spring Boot's HikariCP pool, its connections handed out in turn as in Plenary ({@link ConnectionsInTurn}). */
    @Bean
    static BeanPostProcessor connectionsInTurn() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof HikariDataSource pool
                        && !"false".equals(System.getProperty("stack.connections-in-turn"))
                        ? new ConnectionsInTurn(pool) : bean;
            }
        };
    }
}
