package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

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
}
