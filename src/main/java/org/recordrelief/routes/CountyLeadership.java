package org.recordrelief.routes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Several instances of {@code serve} on one PostgreSQL staging database share the counties: each county's
 * source route runs on one instance at a time, the one holding the county's PostgreSQL advisory lock. The
 * locks live in one database session of each instance, so an instance that dies (killed, its machine gone)
 * loses them with its connection, and another instance takes its counties over at its next look. Source
 * routes do not start on their own here; this class starts one when it wins its county.
 */
public final class CountyLeadership implements RoutePolicyFactory, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CountyLeadership.class);
    private static final String SOURCE_ROUTE = "source-";

    private final DataSource staging;
    private final long everyMillis;
    /** Source routes by county, and whether this instance runs each. */
    private final Map<String, Boolean> routes = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "record-relief-county-leadership");
        t.setDaemon(true);
        return t;
    });
    private CamelContext camel;
    private Connection session;

    /** @param everyMillis how often counties held by no instance are claimed */
    public CountyLeadership(DataSource staging, long everyMillis) {
        this.staging = staging;
        this.everyMillis = everyMillis;
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext context, String routeId, NamedNode route) {
        if (!routeId.startsWith(SOURCE_ROUTE)) {
            return null;
        }
        return new RoutePolicySupport() {
            @Override
            public void onInit(Route r) {
                r.setAutoStartup(false);
                routes.put(r.getRouteId(), false);
            }
        };
    }

    /** Starts looking for counties no instance runs (now, then every {@code everyMillis}). */
    public void start(CamelContext context) {
        this.camel = context;
        timer.scheduleWithFixedDelay(this::claim, 0, everyMillis, TimeUnit.MILLISECONDS);
    }

    private synchronized void claim() {
        try {
            if (session == null || !session.isValid(5)) {
                letGo("its connection to the staging database was lost");
                session = staging.getConnection();
                session.setAutoCommit(true);
            }
            for (Map.Entry<String, Boolean> route : routes.entrySet()) {
                if (!route.getValue() && locked(route.getKey())) {
                    route.setValue(true);
                    camel.getRouteController().startRoute(route.getKey());
                    LOG.info("{}: this instance runs the county now", county(route.getKey()));
                }
            }
        } catch (Exception e) {
            LOG.warn("cannot claim counties: {}; trying again in {} ms", e.getMessage(), everyMillis);
        }
    }

    private boolean locked(String routeId) throws SQLException {
        try (PreparedStatement lock = session.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            lock.setString(1, "record-relief:" + county(routeId));
            try (ResultSet rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Stops the counties this instance ran: whoever holds their locks now runs them. */
    private void letGo(String why) {
        for (Map.Entry<String, Boolean> route : routes.entrySet()) {
            if (route.getValue()) {
                route.setValue(false);
                try {
                    camel.getRouteController().stopRoute(route.getKey());
                } catch (Exception e) {
                    LOG.warn("{}: cannot stop its route: {}", county(route.getKey()), e.getMessage());
                }
                LOG.warn("{}: this instance no longer runs the county: {}", county(route.getKey()), why);
            }
        }
        closeSession();
    }

    private static String county(String routeId) {
        return routeId.substring(SOURCE_ROUTE.length());
    }

    private void closeSession() {
        if (session != null) {
            try {
                session.close();
            } catch (SQLException ignored) {
                // gone already: its locks went with it
            }
            session = null;
        }
    }

    /** Stops claiming and gives the counties up (their locks go with the session). */
    @Override
    public synchronized void close() {
        timer.shutdownNow();
        closeSession();
    }
}
