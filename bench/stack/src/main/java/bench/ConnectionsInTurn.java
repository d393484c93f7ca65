package bench;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * HikariCP's connections handed out in the order they were asked for, as Plenary's shared/database/ConnectionsInTurn
 * does (a fair semaphore with one permit per connection, given back when the connection is closed). On unless started
 * with {@code -Dstack.connections-in-turn=false} ({@link StackApplication#connectionsInTurn}), which leaves Spring
 * Boot's pool as it is.
 */
final class ConnectionsInTurn extends DelegatingDataSource implements AutoCloseable {

    private final HikariDataSource pool;
    private final Semaphore turns;

    ConnectionsInTurn(HikariDataSource pool) {
        super(pool);
        this.pool = pool;
        this.turns = new Semaphore(pool.getMaximumPoolSize(), true);
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            if (!turns.tryAcquire(pool.getConnectionTimeout(), TimeUnit.MILLISECONDS)) {
                throw new SQLTransientConnectionException("No database connection was free in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("Interrupted while waiting for a database connection", e);
        }
        try {
            return inTurn(pool.getConnection());
        } catch (SQLException | RuntimeException e) {
            turns.release();
            throw e;
        }
    }

    private Connection inTurn(Connection connection) {
        AtomicBoolean returned = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "close" -> {
                        try {
                            connection.close();
                        } finally {
                            if (returned.compareAndSet(false, true)) {
                                turns.release();
                            }
                        }
                        yield null;
                    }
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> {
                        try {
                            yield method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                });
    }

    @Override
    public void close() {
        pool.close();
    }
}
