package org.recordrelief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.recordrelief.review.AuditTrail;
import org.recordrelief.review.Reviewers;
import org.recordrelief.routes.PipelineHarness;
import org.recordrelief.routes.Pipeline;
import org.recordrelief.routes.RunOutcome;
import org.recordrelief.routes.TestFiles;
import org.recordrelief.store.Database;
import org.recordrelief.store.RunStatus;

/**
 * The review pages in a real browser (Debian's headless Chromium, driven by Selenium through Debian's
 * chromedriver): a reviewer logs in, opens a run, filters, reads a determination's reasons, asks for names,
 * changes a determination and approves; the results then reach the county in its format with the change.
 * A reviewer of another county is refused (403) that run and its data, and a form without its CSRF token is
 * refused. The run page's screenshot is kept as target/review-run-page.png.
 */
class ReviewPagesBrowserTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String SF = "san-francisco";
    private static final String REASON = "plea agreement in the court file: the count was dismissed in the bargain";

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReviewerFiltersChangesAndApprovesARunInTheBrowser(@TempDir Path tmp) throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        Path work = tmp.resolve("work");
        try (PipelineHarness h = new PipelineHarness(TestFiles.adaptersNeedingApproval(tmp, SF, "sacramento"), work,
                Database.dataSource(Database.inMemoryUrl("browser"), "sa", ""), Map.of("WORK", work.toString()),
                Pipeline.Web.local(port))) {
            h.drop(SF, Path.of("county-adapters/san-francisco/sample/sf-cms-export.csv"));
            h.drop("sacramento", Path.of("county-adapters/sacramento/sample/doj-research-file-2019.csv"));
            List<RunOutcome> runs = h.await(2, Duration.ofSeconds(60));
            long sfRun = runs.stream().filter(r -> r.adapterId().equals(SF)).findFirst().orElseThrow().runId();
            long sacramentoRun = runs.stream().filter(r -> !r.adapterId().equals(SF)).findFirst().orElseThrow().runId();
            Reviewers reviewers = new Reviewers(h.dataSource());
            reviewers.save("dana", PASSWORD.toCharArray(), java.util.Set.of(SF));
            String site = "http://127.0.0.1:" + port;

            browser = chromium(tmp.resolve("chromium-profile"));
            browser.get(site + "/runs");
            assertThat(browser.getCurrentUrl()).as("a page needs a login").endsWith("/login");
            browser.findElement(By.id("username")).sendKeys("dana");
            browser.findElement(By.id("password")).sendKeys(PASSWORD);
            navigate(By.id("log-in"));
            assertThat(browser.findElement(By.id("user")).getText()).isEqualTo("dana");
            List<WebElement> listed = browser.findElements(By.cssSelector("#runs tbody tr"));
            assertThat(listed).as("only her county's run").hasSize(1);

            navigate(listed.get(0).findElement(By.tagName("a")));
            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("awaiting approval");
            assertThat(browser.findElement(By.id("figure-convictions-eligible")).getText()).isEqualTo("14");
            assertThat(browser.findElement(By.id("reconciliation")).getText())
                    .contains("Rows read 119 = rows loaded 117 + rows quarantined 2: balanced");
            screenshot(tmp);

            new Select(browser.findElement(By.id("filter-outcome"))).selectByVisibleText("REDUCE");
            navigate(By.id("filter-button"));
            assertThat(browser.findElement(By.id("matching")).getText()).isEqualTo("14");
            List<WebElement> rows = browser.findElements(By.cssSelector("#determinations tbody tr"));
            assertThat(rows).hasSize(14).allSatisfy(r -> assertThat(r.findElement(By.className("outcome")).getText())
                    .startsWith("reduce to misdemeanor"));
            WebElement first = rows.get(0);
            String line = first.getAttribute("id").substring("line-".length());
            first.findElement(By.cssSelector("details summary")).click();
            assertThat(first.findElement(By.className("reasons")).getText()).contains("misdemeanor");
            assertThat(first.findElements(By.className("name"))).as("names only on request").isEmpty();

            navigate(By.id("show-names-button"));
            assertThat(browser.findElements(By.cssSelector("#determinations .name"))).hasSize(14);
            assertThat(new AuditTrail(h.dataSource()).forRun(sfRun)).extracting(AuditTrail.Entry::action)
                    .containsExactly("VIEW_NAMES");

            WebElement row = browser.findElement(By.id("line-" + line));
            row.findElement(By.cssSelector("details.change summary")).click();
            new Select(row.findElement(By.name("outcome"))).selectByVisibleText("DISMISS");
            row.findElement(By.name("reason")).sendKeys(REASON);
            navigate(row.findElement(By.cssSelector("details.change button")));
            assertThat(browser.findElement(By.id("message")).getText()).startsWith("The change is saved");
            assertThat(browser.findElement(By.id("line-" + line)).findElement(By.className("changed")).getText())
                    .contains("changed to dismiss by dana: " + REASON);

            // the same reviewer's login, from outside the browser: another county, and a form without its token
            String session = browser.manage().getCookieNamed(ReviewWeb.SESSION_COOKIE).getValue();
            for (String page : List.of("/runs/" + sacramentoRun, "/runs/" + sacramentoRun + "/determinations.csv",
                    "/runs/" + sacramentoRun + "/determinations.xlsx", "/runs/" + sacramentoRun + "/charts/codes.png")) {
                assertThat(get(site + page, session).statusCode()).as(page).isEqualTo(403);
            }
            assertThat(post(site + "/runs/" + sfRun + "/approve", session, "note=no+token").statusCode()).isEqualTo(403);
            assertThat(post(site + "/runs/" + sfRun + "/approve", session, "csrf=guessed&note=x").statusCode())
                    .isEqualTo(403);
            assertThat(TestFiles.list(h.folders(SF).outbox())).as("nothing delivered by a refused form").isEmpty();
            HttpResponse<byte[]> xlsx = getBytes(site + "/runs/" + sfRun + "/determinations.xlsx", session);
            assertThat(xlsx.statusCode()).isEqualTo(200);
            assertThat(new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");

            browser.findElement(By.id("approve-note")).sendKeys("checked with the court files");
            navigate(By.id("approve-button"));
            assertThat(browser.findElement(By.id("message")).getText()).startsWith("Approved.");
            assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("completed");
            assertThat(new AuditTrail(h.dataSource()).forRun(sfRun)).extracting(AuditTrail.Entry::action)
                    .containsExactly("VIEW_NAMES", "OVERRIDE", "DOWNLOAD", "APPROVE");

            String delivered = TestFiles.read(h.folders(SF).outbox().resolve("sf-cms-export-prop64-results.csv"));
            List<String> changed = delivered.lines().filter(l -> l.contains("REVIEWER-CHANGE")).toList();
            assertThat(changed).hasSize(1);
            assertThat(changed.get(0)).contains(",DISMISS AND SEAL,").contains(REASON).endsWith(",EOR");
            assertThat(h.review().store().run(sacramentoRun).orElseThrow().status()).isEqualTo(
                    RunStatus.AWAITING_APPROVAL.name());
        }
    }

    @Test
    void theLoginFormWithoutItsTokenIsRefused(@TempDir Path tmp) throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        Path work = tmp.resolve("work");
        try (PipelineHarness h = new PipelineHarness(TestFiles.adaptersNeedingApproval(tmp, SF), work,
                Database.dataSource(Database.inMemoryUrl("browser-login"), "sa", ""), Map.of("WORK", work.toString()),
                Pipeline.Web.local(port))) {
            new Reviewers(h.dataSource()).save("dana", PASSWORD.toCharArray(), java.util.Set.of(SF));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + port + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=dana&password=correct+horse+battery+staple"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(ReviewWeb.SESSION_COOKIE));
            assertThat(response.headers().firstValue("Cache-Control")).as("pages are never cached").hasValue("no-store");
        }
    }

    /** Clicks what sends the browser to another page, and waits until the page it leaves is gone. */
    private void navigate(By what) {
        navigate(browser.findElement(what));
    }

    private void navigate(WebElement what) {
        WebElement leaving = browser.findElement(By.tagName("html"));
        what.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(leaving));
    }

    private static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1600", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private void screenshot(Path tmp) throws Exception {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(Path.of("target"));
        Files.copy(shot, Path.of("target", "review-run-page.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static HttpResponse<String> get(String url, String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie",
                ReviewWeb.SESSION_COOKIE + "=" + session).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> getBytes(String url, String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie",
                ReviewWeb.SESSION_COOKIE + "=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<String> post(String url, String session, String form) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie",
                ReviewWeb.SESSION_COOKIE + "=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
