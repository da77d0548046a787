package org.recordrelief.web;

import static org.recordrelief.web.Html.esc;
import static org.recordrelief.web.Html.url;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recordrelief.review.AuditTrail;
import org.recordrelief.review.Review;
import org.recordrelief.review.ReviewStore;
import org.recordrelief.store.PersonStore;

/**
 * The review pages as HTML, made from what the review service returns. Everything a county or a reviewer
 * wrote is escaped; no page loads anything from another address (the style sheet and the charts come
 * from this server).
 */
final class Pages {

    /** What the run page shows besides the run: a page of determinations, filters, names when asked. */
    record RunView(ReviewStore.Run run, ReviewStore.Filter filter, List<ReviewStore.DeterminationRow> rows,
                   long matching, int page, int pageSize, Map<String, List<String>> choices,
                   Map<String, PersonStore.Named> names, List<String[]> quarantine, List<AuditTrail.Entry> audit,
                   String message) {
    }

    static final Map<String, String> FIGURE_LABELS = Map.of(
            "convictions_eligible", "Convictions eligible for relief",
            "individuals_eligible", "Individuals with eligible convictions",
            "dismissed", "Convictions dismissed",
            "reduced", "Convictions reduced",
            "left_no_conviction", "Individuals left with no conviction",
            "left_no_felony", "Individuals left with no felony",
            "persons", "People read");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Pages() {
    }

    static String login(String loginToken, String error) {
        return layout("Log in", null, null, """
                <main class="narrow">
                <h1>Prop 64 review</h1>
                <p>Reviewers of the prosecutor's office log in to review and approve the determinations of their
                counties.</p>
                %s
                <form method="post" action="/login" id="login">
                  <input type="hidden" name="csrf" value="%s">
                  <label>User name <input name="username" id="username" autocomplete="username" required></label>
                  <label>Password <input name="password" id="password" type="password"
                    autocomplete="current-password" required></label>
                  <button type="submit" id="log-in">Log in</button>
                </form>
                </main>""".formatted(error == null ? "" : "<p class=\"error\" id=\"error\">" + esc(error) + "</p>",
                esc(loginToken)));
    }

    static String runs(Sessions.Session session, List<ReviewStore.Run> runs) {
        StringBuilder body = new StringBuilder("<main><h1>Runs</h1>");
        if (runs.isEmpty()) {
            body.append("<p>No runs of your counties yet.</p>");
        } else {
            body.append("<table id=\"runs\"><thead><tr><th>Run</th><th>County</th><th>Export</th><th>Status</th>"
                    + "<th>Finished</th><th>Eligible convictions</th><th>Rows read</th></tr></thead><tbody>");
            for (ReviewStore.Run r : runs) {
                body.append("<tr><td><a href=\"/runs/").append(r.runId()).append("\">").append(r.runId())
                        .append("</a></td><td>").append(esc(r.county())).append("</td><td>").append(esc(r.sourceName()))
                        .append("</td><td>").append(status(r.status())).append("</td><td>").append(time(r.finishedAt()))
                        .append("</td><td class=\"n\">").append(number(r.figures().get("convictions_eligible")))
                        .append("</td><td class=\"n\">").append(number(r.rowsRead())).append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        return layout("Runs", session, null, body.append("</main>").toString());
    }

    static String run(Sessions.Session session, RunView v) {
        ReviewStore.Run r = v.run();
        StringBuilder b = new StringBuilder("<main>");
        b.append("<p><a href=\"/runs\">All runs</a></p>");
        b.append("<h1>Run ").append(r.runId()).append(": ").append(esc(r.county())).append(", ")
                .append(esc(r.sourceName())).append("</h1>");
        if (v.message() != null) {
            b.append("<p class=\"message\" id=\"message\">").append(esc(v.message())).append("</p>");
        }
        b.append("<p>Status: <span id=\"status\">").append(status(r.status())).append("</span>. Rule set ")
                .append(esc(r.ruleSet())).append(", as of ").append(r.asOf()).append(". Finished ")
                .append(time(r.finishedAt())).append('.');
        if (r.reviewedBy() != null) {
            b.append(" ").append(r.status().equals("REJECTED") ? "Rejected" : "Approved").append(" by ")
                    .append(esc(r.reviewedBy())).append(" on ").append(time(r.reviewedAt()))
                    .append(r.reviewNote() == null ? "" : ": " + esc(r.reviewNote())).append('.');
        }
        b.append("</p>");
        figures(b, r);
        b.append("<section class=\"charts\"><img id=\"chart-outcomes\" alt=\"Determinations by outcome\" src=\"/runs/")
                .append(r.runId()).append("/charts/outcomes.png\"><img id=\"chart-codes\" alt=\"Determinations by code "
                + "section\" src=\"/runs/").append(r.runId()).append("/charts/codes.png\"></section>"
                + "<p class=\"hint\">The charts and the table count every determination: convictions, related "
                + "charges and possible plea bargains, with reviewers' changes; the run's printed summary counts "
                + "convictions by their recommended outcome.</p>");
        b.append("<h2>Reconciliation</h2><p id=\"reconciliation\">Rows read ").append(number(r.rowsRead()))
                .append(" = rows loaded ").append(number(r.rowsLoaded())).append(" + rows quarantined ")
                .append(number(r.rowsQuarantined())).append(r.rowsRead() == r.rowsLoaded() + r.rowsQuarantined()
                        ? ": balanced." : ": <strong>does not balance</strong>.").append("</p>");
        if (r.awaitsApproval()) {
            decision(b, session, r);
        }
        determinations(b, session, v);
        quarantine(b, v.quarantine(), r.rowsQuarantined());
        audit(b, v.audit());
        return layout("Run " + r.runId(), session, null, b.append("</main>").toString());
    }

    static String error(Sessions.Session session, int status, String message) {
        String title = switch (status) {
            case 403 -> "Not yours to see";
            case 404 -> "Not found";
            case 409 -> "Not done";
            default -> "Something went wrong";
        };
        return layout(title, session, null, "<main class=\"narrow\"><h1>" + esc(title) + "</h1><p id=\"error\">"
                + esc(message) + "</p><p><a href=\"/runs\">Back to the runs</a></p></main>");
    }

    private static void figures(StringBuilder b, ReviewStore.Run r) {
        b.append("<table class=\"figures\" id=\"figures\"><tbody>");
        for (String f : ReviewStore.FIGURES) {
            b.append("<tr><th>").append(esc(FIGURE_LABELS.get(f))).append("</th><td class=\"n\" id=\"figure-")
                    .append(f.replace('_', '-')).append("\">").append(number(r.figures().get(f))).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static void decision(StringBuilder b, Sessions.Session session, ReviewStore.Run r) {
        b.append("<section class=\"decision\"><h2>Decision</h2><p>Nothing of this run has gone back to the county. "
                + "Approve it to deliver its results, with your changes, to the county; reject it and they never "
                + "go back.</p>");
        b.append("<form method=\"post\" action=\"/runs/").append(r.runId()).append("/approve\" id=\"approve\">")
                .append(csrf(session)).append("<label>Note <input name=\"note\" id=\"approve-note\"></label>"
                        + "<button type=\"submit\" id=\"approve-button\">Approve and deliver</button></form>");
        b.append("<form method=\"post\" action=\"/runs/").append(r.runId()).append("/reject\" id=\"reject\">")
                .append(csrf(session)).append("<label>Why <input name=\"note\" id=\"reject-note\" required></label>"
                        + "<button type=\"submit\" id=\"reject-button\">Reject</button></form></section>");
    }

    private static void determinations(StringBuilder b, Sessions.Session session, RunView v) {
        ReviewStore.Run r = v.run();
        ReviewStore.Filter f = v.filter();
        b.append("<h2>Determinations</h2><form method=\"get\" action=\"/runs/").append(r.runId())
                .append("\" id=\"filters\" class=\"filters\">");
        select(b, "outcome", "Outcome", v.choices().get("outcome"), f.outcome());
        select(b, "code", "Code section", v.choices().get("code"), f.code());
        select(b, "rule", "Rule", v.choices().get("rule"), f.rule());
        select(b, "option", "County option", v.choices().get("option"), f.countyOption());
        b.append("<button type=\"submit\" id=\"filter-button\">Filter</button></form>");
        String query = filterQuery(f);
        b.append("<p><span id=\"matching\">").append(number(v.matching())).append("</span> determinations. Download: "
                + "<a id=\"download-csv\" href=\"/runs/").append(r.runId()).append("/determinations.csv?").append(query)
                .append("\">CSV</a> <a id=\"download-xlsx\" href=\"/runs/").append(r.runId())
                .append("/determinations.xlsx?").append(query).append("\">XLSX</a></p>");
        if (v.names() == null && r.awaitsApproval()) {
            b.append("<form method=\"post\" action=\"/runs/").append(r.runId()).append("/names?").append(query)
                    .append("&amp;page=").append(v.page()).append("\" id=\"show-names\">").append(csrf(session))
                    .append("<button type=\"submit\" id=\"show-names-button\">Show names on this page</button> "
                            + "<span class=\"hint\">People are shown by pseudonymous id; asking for their names is "
                            + "recorded in the audit trail.</span></form>");
        }
        b.append("<table id=\"determinations\"><thead><tr><th>Line</th><th>Person</th><th>Case / count</th>"
                + "<th>Code</th><th>Level</th><th>Outcome</th><th>Rules</th><th>Reasons</th>")
                .append(r.awaitsApproval() ? "<th>Change</th>" : "").append("</tr></thead><tbody>");
        for (ReviewStore.DeterminationRow d : v.rows()) {
            row(b, session, r, d, v.names());
        }
        b.append("</tbody></table>");
        pager(b, r.runId(), query, v.page(), v.pageSize(), v.matching());
    }

    private static void row(StringBuilder b, Sessions.Session session, ReviewStore.Run r,
                            ReviewStore.DeterminationRow d, Map<String, PersonStore.Named> names) {
        b.append("<tr id=\"line-").append(d.firstLine()).append("\"><td class=\"n\">").append(d.firstLine())
                .append("</td><td>");
        PersonStore.Named named = names == null ? null : names.get(d.personId());
        if (named != null) {
            b.append("<span class=\"name\">").append(esc(named.name())).append("</span>")
                    .append(named.dateOfBirth() == null ? "" : "<br>born " + named.dateOfBirth());
        } else {
            b.append("<code>").append(esc(d.personId())).append("</code>");
        }
        b.append("</td><td><code>").append(esc(d.caseId())).append("/").append(esc(d.chargeId())).append("</code></td><td>")
                .append(esc(d.code())).append("</td><td>").append(esc(d.level())).append("</td><td class=\"outcome\">")
                .append(outcome(d.outcome(), d.reducedTo()));
        if (d.change() != null) {
            b.append("<div class=\"changed\">changed to <strong>").append(outcome(d.change().outcome(),
                    d.change().reducedTo())).append("</strong> by ").append(esc(d.change().reviewer())).append(": ")
                    .append(esc(d.change().reason())).append("</div>");
        }
        b.append("</td><td class=\"rules\">").append(esc(d.ruleIds()).replace("+", " + ")).append("</td><td>")
                .append("<details><summary>Reasons</summary><p class=\"reasons\">").append(esc(d.reasons()))
                .append("</p></details></td>");
        if (r.awaitsApproval()) {
            b.append("<td><details class=\"change\"><summary>Change</summary><form method=\"post\" action=\"/runs/")
                    .append(r.runId()).append("/change\">").append(csrf(session))
                    .append("<input type=\"hidden\" name=\"line\" value=\"").append(d.firstLine()).append("\">")
                    .append("<select name=\"outcome\">");
            // the outcome that goes back now is chosen, so a change is a decision, never a default
            String now = d.effectiveOutcome();
            String level = d.change() == null ? d.reducedTo() : d.change().reducedTo();
            for (String o : Review.OUTCOMES) {
                b.append("<option").append(o.equals(now) ? " selected" : "").append(">").append(o).append("</option>");
            }
            b.append("</select><select name=\"reducedTo\"><option value=\"\">(reduce to)</option>");
            for (String l : Review.REDUCED_TO) {
                b.append("<option").append(l.equals(level) ? " selected" : "").append(">").append(l).append("</option>");
            }
            b.append("</select><textarea name=\"reason\" required placeholder=\"Why (goes back to the county)\">"
                    + "</textarea><button type=\"submit\">Save change</button><span class=\"hint\">Choosing the "
                    + "recommendation again withdraws a change.</span></form></details></td>");
        }
        b.append("</tr>");
    }

    private static void pager(StringBuilder b, long runId, String query, int page, int size, long matching) {
        long pages = Math.max(1, (matching + size - 1) / size);
        if (pages <= 1) {
            return;
        }
        b.append("<p class=\"pager\">Page ").append(page).append(" of ").append(pages).append(". ");
        if (page > 1) {
            b.append("<a href=\"/runs/").append(runId).append("?").append(query).append("&amp;page=").append(page - 1)
                    .append("\">Previous</a> ");
        }
        if (page < pages) {
            b.append("<a id=\"next-page\" href=\"/runs/").append(runId).append("?").append(query).append("&amp;page=")
                    .append(page + 1).append("\">Next</a>");
        }
        b.append("</p>");
    }

    private static void quarantine(StringBuilder b, List<String[]> rows, long total) {
        b.append("<h2>Quarantine</h2><p>").append(number(total)).append(" rows could not be loaded")
                .append(total > rows.size() ? " (the first " + rows.size() + " are listed; the quarantine report has "
                        + "them all)" : "").append(".</p>");
        if (rows.isEmpty()) {
            return;
        }
        b.append("<table id=\"quarantine\"><thead><tr><th>Line</th><th>Field</th><th>Reason</th><th>May be a "
                + "conviction to decide</th></tr></thead><tbody>");
        for (String[] q : rows) {
            b.append("<tr><td class=\"n\">").append(esc(q[0])).append("</td><td>").append(esc(q[1])).append("</td><td>")
                    .append(esc(q[2])).append("</td><td>").append(esc(q[3])).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static void audit(StringBuilder b, List<AuditTrail.Entry> entries) {
        b.append("<h2>Audit trail</h2>");
        if (entries.isEmpty()) {
            b.append("<p>Nothing yet.</p>");
            return;
        }
        b.append("<table id=\"audit\"><thead><tr><th>When</th><th>Who</th><th>What</th><th>Detail</th></tr></thead>"
                + "<tbody>");
        for (AuditTrail.Entry e : entries) {
            b.append("<tr><td>").append(time(e.at())).append("</td><td>").append(esc(e.username())).append("</td><td>")
                    .append(esc(e.action())).append("</td><td>").append(esc(e.detail())).append("</td></tr>");
        }
        b.append("</tbody></table><p class=\"hint\">Descriptor and policy SHA-256 of this run: <code>")
                .append(esc(entries.get(0).descriptorSha256())).append("</code></p>");
    }

    private static void select(StringBuilder b, String name, String label, List<String> values, String chosen) {
        b.append("<label>").append(label).append(" <select name=\"").append(name).append("\" id=\"filter-").append(name)
                .append("\"><option value=\"\">any</option>");
        for (String v : values == null ? List.<String>of() : values) {
            b.append("<option").append(v.equals(chosen) ? " selected" : "").append(">").append(esc(v))
                    .append("</option>");
        }
        b.append("</select></label>");
    }

    static String filterQuery(ReviewStore.Filter f) {
        return "outcome=" + url(f.outcome()) + "&amp;code=" + url(f.code()) + "&amp;rule=" + url(f.rule())
                + "&amp;option=" + url(f.countyOption());
    }

    private static String csrf(Sessions.Session session) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(session.csrfToken()) + "\">";
    }

    private static String layout(String title, Sessions.Session session, String head, String body) {
        String user = session == null ? "" : "<nav><span id=\"user\">" + esc(session.username()) + "</span>"
                + "<form method=\"post\" action=\"/logout\">" + csrf(session)
                + "<button type=\"submit\" id=\"log-out\">Log out</button></form></nav>";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + esc(title)
                + " · record-relief</title><link rel=\"stylesheet\" href=\"/static/review.css\">"
                + (head == null ? "" : head) + "</head><body><header><a href=\"/runs\" class=\"brand\">record-relief · "
                + "Prop 64 review</a>" + user + "</header>" + body + "</body></html>";
    }

    private static String status(String status) {
        return "<span class=\"status " + esc(status.toLowerCase(Locale.ROOT)) + "\">"
                + esc(status.toLowerCase(Locale.ROOT).replace('_', ' ')) + "</span>";
    }

    private static String outcome(String outcome, String reducedTo) {
        String text = outcome.toLowerCase(Locale.ROOT).replace('_', ' ');
        return esc(reducedTo == null ? text : text + " to " + reducedTo.toLowerCase(Locale.ROOT));
    }

    private static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    private static String number(Long n) {
        return n == null ? "" : String.format(Locale.ROOT, "%,d", n);
    }
}
