package org.recordrelief.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.camel.Exchange;
import org.recordrelief.review.AuditTrail;
import org.recordrelief.review.Review;
import org.recordrelief.review.ReviewStore;
import org.recordrelief.review.Reviewer;
import org.recordrelief.review.Reviewers;
import org.recordrelief.store.PersonStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review pages' handlers, one per route of {@code routes/review-web.camel.yaml}: each reads the
 * request from the exchange, asks {@link Review} (which checks access and audits), and writes the page.
 * Every page but the login needs a live login; every form carries its CSRF token, and a form without it is
 * refused (403) before anything is done.
 */
public final class ReviewWeb {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewWeb.class);
    static final String SESSION_COOKIE = "rr_session";
    static final String LOGIN_COOKIE = "rr_login";
    private static final int PAGE_SIZE = 50;
    private static final Map<String, String> DONE = Map.of(
            "changed", "The change is saved. It goes back to the county when the run is approved.",
            "approved", "Approved. The results, with the changes, were delivered to the county.",
            "approved-elsewhere", "Approved. The results wait on the instance that ran this run, which delivers "
                    + "them to the county shortly; the run shows COMPLETED once they are delivered.",
            "rejected", "Rejected. The results will not go back to the county.");

    private final Review review;
    private final Reviewers reviewers;
    private final Sessions sessions;

    public ReviewWeb(Review review, Reviewers reviewers, Sessions sessions) {
        this.review = review;
        this.reviewers = reviewers;
        this.sessions = sessions;
    }

    public void loginPage(Exchange ex) {
        String token = Sessions.randomToken();
        respond(ex, 200, Pages.login(token, null), cookie(LOGIN_COOKIE, token, 600));
    }

    public void login(Exchange ex) {
        WebRequest req = request(ex);
        if (!Sessions.sameToken(req.cookies().get(LOGIN_COOKIE), req.form("csrf"))) {
            respond(ex, 403, Pages.error(null, 403, "The login form was sent without its security token. Open the "
                    + "login page again."));
            return;
        }
        Optional<Reviewer> reviewer = reviewers.authenticate(req.form("username"), req.form("password").toCharArray());
        if (reviewer.isEmpty()) {
            LOG.info("a login failed");
            String token = Sessions.randomToken();
            respond(ex, 401, Pages.login(token, "Wrong user name or password."), cookie(LOGIN_COOKIE, token, 600));
            return;
        }
        Sessions.Session session = sessions.start(reviewer.get().username());
        review.audit().record(session.username(), AuditTrail.Action.LOGIN, null);
        redirect(ex, "/runs", cookie(SESSION_COOKIE, session.id(), -1), cookie(LOGIN_COOKIE, "", 0));
    }

    public void logout(Exchange ex) {
        withForm(ex, (session, reviewer, req) -> {
            sessions.end(session.id());
            redirect(ex, "/login", cookie(SESSION_COOKIE, "", 0));
        });
    }

    public void runs(Exchange ex) {
        withLogin(ex, (session, reviewer, req) -> respond(ex, 200, Pages.runs(session, review.runs(reviewer))));
    }

    public void runPage(Exchange ex) {
        withLogin(ex, (session, reviewer, req) -> showRun(ex, session, reviewer, req, false));
    }

    /** The run page with the names of the people on it: asked for with a form, and audited. */
    public void names(Exchange ex) {
        withForm(ex, (session, reviewer, req) -> showRun(ex, session, reviewer, req, true));
    }

    public void change(Exchange ex) {
        withForm(ex, (session, reviewer, req) -> {
            long runId = runId(ex);
            review.change(reviewer, runId, Long.parseLong(req.form("line")), req.form("outcome"),
                    req.form("reducedTo").isBlank() ? null : req.form("reducedTo"), req.form("reason"));
            redirect(ex, "/runs/" + runId + "?done=changed#line-" + req.form("line"));
        });
    }

    public void approve(Exchange ex) {
        withForm(ex, (session, reviewer, req) -> {
            long runId = runId(ex);
            review.approve(reviewer, runId, req.form("note"));
            redirect(ex, "/runs/" + runId + "?done=" + (review.deliversHere(runId) ? "approved" : "approved-elsewhere"));
        });
    }

    public void reject(Exchange ex) {
        withForm(ex, (session, reviewer, req) -> {
            long runId = runId(ex);
            review.reject(reviewer, runId, req.form("note"));
            redirect(ex, "/runs/" + runId + "?done=rejected");
        });
    }

    public void download(Exchange ex, String format) {
        withLogin(ex, (session, reviewer, req) -> {
            long runId = runId(ex);
            ReviewStore.Filter filter = filter(req);
            review.downloaded(reviewer, runId, "determinations as " + format + " (" + Pages.filterQuery(filter)
                    .replace("&amp;", "&") + ")");
            boolean xlsx = format.equals("xlsx");
            // a run of a million rows makes a large file: written to a temporary file (the owner's alone),
            // sent from there, and deleted when sent, never held in memory
            java.nio.file.Path file;
            try {
                file = java.nio.file.Files.createTempFile("record-relief-download-", "." + format);
                try (java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file))) {
                    if (xlsx) {
                        Downloads.xlsx(review.store(), runId, filter, out);
                    } else {
                        Downloads.csv(review.store(), runId, filter, out);
                    }
                }
                ex.getMessage().setHeader("Content-Disposition", "attachment; filename=\"run-" + runId
                        + "-determinations." + format + "\"");
                respondBody(ex, 200, xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        : "text/csv; charset=utf-8", java.nio.file.Files.newInputStream(file,
                        java.nio.file.StandardOpenOption.DELETE_ON_CLOSE));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the download", e);
            }
        });
    }

    public void chart(Exchange ex) {
        withLogin(ex, (session, reviewer, req) -> {
            long runId = review.run(reviewer, runId(ex)).runId();
            String which = String.valueOf(ex.getMessage().getHeader("chart"));
            byte[] png = switch (which) {
                case "outcomes" -> Charts.bars("By outcome", "outcome", review.store().countsBy(runId, "outcome"));
                case "codes" -> Charts.bars("By code section", "code section", review.store().countsBy(runId, "code"));
                default -> throw new Review.NotFound("no chart " + which);
            };
            respondBytes(ex, 200, "image/png", png);
        });
    }

    public void stylesheet(Exchange ex) {
        try (InputStream css = ReviewWeb.class.getResourceAsStream("/web/review.css")) {
            respondBytes(ex, 200, "text/css; charset=utf-8", css.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void showRun(Exchange ex, Sessions.Session session, Reviewer reviewer, WebRequest req, boolean names) {
        long runId = runId(ex);
        ReviewStore.Run run = review.run(reviewer, runId);
        ReviewStore.Filter filter = filter(req);
        ReviewStore store = review.store();
        int page = Math.max(1, parseInt(req.query("page")));
        List<ReviewStore.DeterminationRow> rows = store.determinations(runId, filter, PAGE_SIZE,
                (long) (page - 1) * PAGE_SIZE);
        Map<String, PersonStore.Named> named = names ? review.names(reviewer, runId, rows.stream()
                .map(ReviewStore.DeterminationRow::personLine).distinct().toList()) : null;
        Map<String, List<String>> choices = new TreeMap<>();
        choices.put("outcome", List.copyOf(store.countsBy(runId, "outcome").keySet()));
        choices.put("code", List.copyOf(store.countsBy(runId, "code").keySet()));
        choices.put("rule", store.ruleIds(runId));
        choices.put("option", List.copyOf(store.countsBy(runId, "county_option").keySet()));
        Pages.RunView view = new Pages.RunView(run, filter, rows, store.countDeterminations(runId, filter), page,
                PAGE_SIZE, choices, named, store.quarantine(runId, 200), review.audit().forRun(runId),
                DONE.get(req.query("done")));
        respond(ex, 200, Pages.run(session, view));
    }

    private static ReviewStore.Filter filter(WebRequest req) {
        return new ReviewStore.Filter(req.query("outcome"), req.query("code"), req.query("rule"), req.query("option"));
    }

    /** What a page does once the login is checked. */
    private interface Handler {
        void handle(Sessions.Session session, Reviewer reviewer, WebRequest request);
    }

    private void withLogin(Exchange ex, Handler handler) {
        WebRequest req = request(ex);
        Optional<Sessions.Session> session = sessions.find(req.cookies().get(SESSION_COOKIE));
        Optional<Reviewer> reviewer = session.flatMap(s -> reviewers.find(s.username()));
        if (reviewer.isEmpty()) {
            redirect(ex, "/login");
            return;
        }
        try {
            handler.handle(session.get(), reviewer.get(), req);
        } catch (Review.Denied e) {
            respond(ex, 403, Pages.error(session.get(), 403, e.getMessage()));
        } catch (Review.NotFound | NumberFormatException e) {
            respond(ex, 404, Pages.error(session.get(), 404, e instanceof Review.NotFound ? e.getMessage()
                    : "there is no such page"));
        } catch (Review.Refused e) {
            respond(ex, 409, Pages.error(session.get(), 409, e.getMessage()));
        } catch (IllegalStateException e) {
            // told in words, as a failed run is: never a driver's text, which may quote values or a URL
            String reason = org.recordrelief.routes.FailureReasons.inWords(e);
            LOG.warn("a reviewer's request failed: {}", reason);
            respond(ex, 500, Pages.error(session.get(), 500, reason));
        }
    }

    /** A form: refused (403) unless it carries the login's CSRF token; nothing is done then. */
    private void withForm(Exchange ex, Handler handler) {
        withLogin(ex, (session, reviewer, req) -> {
            if (!Sessions.sameToken(session.csrfToken(), req.form("csrf"))) {
                LOG.warn("a form was posted without its CSRF token by the login of {}; refused", reviewer.username());
                respond(ex, 403, Pages.error(session, 403, "The form was sent without its security token, so nothing "
                        + "was done. Open the page again and send the form from there."));
                return;
            }
            handler.handle(session, reviewer, req);
        });
    }

    /** The form of a POST is its body: Camel's Vert.x binding gives an url-encoded form as a map. */
    private static WebRequest request(Exchange ex) {
        Map<String, String> form = new java.util.HashMap<>();
        if ("POST".equals(ex.getMessage().getHeader(Exchange.HTTP_METHOD))
                && ex.getMessage().getBody() instanceof Map<?, ?> fields) {
            fields.forEach((k, v) -> form.put(String.valueOf(k), v instanceof List<?> l ? (l.isEmpty() ? ""
                    : String.valueOf(l.get(0))) : String.valueOf(v)));
        }
        return new WebRequest(WebRequest.cookies(ex.getMessage().getHeader("Cookie", String.class)),
                WebRequest.pairs(ex.getMessage().getHeader(Exchange.HTTP_RAW_QUERY, String.class)), form);
    }

    private static long runId(Exchange ex) {
        return Long.parseLong(String.valueOf(ex.getMessage().getHeader("runId")));
    }

    private static int parseInt(String s) {
        try {
            return s.isBlank() ? 1 : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String cookie(String name, String value, int maxAgeSeconds) {
        return name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (maxAgeSeconds >= 0 ? "; Max-Age="
                + maxAgeSeconds : "");
    }

    private static void redirect(Exchange ex, String location, String... cookies) {
        ex.getMessage().setHeader("Location", location);
        respond(ex, 303, "", cookies);
    }

    private static void respond(Exchange ex, int status, String html, String... cookies) {
        respondBytes(ex, status, "text/html; charset=utf-8", html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                cookies);
    }

    private static void respondBytes(Exchange ex, int status, String contentType, byte[] body, String... cookies) {
        respondBody(ex, status, contentType, body, cookies);
    }

    private static void respondBody(Exchange ex, int status, String contentType, Object body, String... cookies) {
        var m = ex.getMessage();
        String location = m.getHeader("Location", String.class);
        String disposition = m.getHeader("Content-Disposition", String.class);
        // the request's headers must not go back with the response (its cookies among them)
        m.getHeaders().clear();
        if (location != null) {
            m.setHeader("Location", location);
        }
        if (disposition != null) {
            m.setHeader("Content-Disposition", disposition);
        }
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        m.setHeader(Exchange.CONTENT_TYPE, contentType);
        m.setHeader("Cache-Control", "no-store");
        m.setHeader("X-Content-Type-Options", "nosniff");
        m.setHeader("Referrer-Policy", "no-referrer");
        m.setHeader("Content-Security-Policy", "default-src 'self'; form-action 'self'; frame-ancestors 'none'");
        if (cookies.length > 0) {
            m.setHeader("Set-Cookie", List.of(cookies));
        }
        m.setBody(body);
    }
}
