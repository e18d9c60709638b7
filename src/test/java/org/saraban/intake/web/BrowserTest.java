package org.saraban.intake.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.index.SampleLetters;

/**
 * The web page in a real browser: Debian's headless Chromium driven by Selenium, against a real
 * server. Types a Thai query, follows a facet, opens a letter, looks at the deadlines, and checks
 * that markup in OCR text stays text. Screenshots go to {@code target/screenshots}, or to the
 * folder named by {@code -Dsaraban.screenshots=docs} (how the ones in {@code docs/} are made).
 * Needs the {@code chromium} and {@code chromium-driver} packages.
 */
class BrowserTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    @TempDir static Path root;
    @TempDir static Path profile;
    static TestServer server;
    static WebDriver browser;
    static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "install Debian's chromium and chromium-driver packages to run the browser test");
        server = new TestServer(root, "127.0.0.1", null);
        ScanFixture.archive(root.resolve("archive"), record(SampleLetters.KRABI_PROVINCE), 4);
        // OCR text is untrusted: a "letter" whose text is markup must show as text.
        DirectiveRecord r = record(SampleLetters.RELATIVE_DEADLINE);
        DirectiveRecord hostile = new DirectiveRecord(r.schemaVersion(), "7a6b000000000009-1", r.source(), r.letterType(),
                null, null, null, r.date(), null, null, "<img src=x onerror=\"document.title='pwned'\">ทดสอบมาร์กอัป",
                null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, List.of(),
                List.of(new DirectiveRecord.QrCode("javascript:document.title='pwned'", 1, "<b>QR</b>")), List.of(), null,
                "ทดสอบมาร์กอัป <script>document.title='pwned'</script>", Map.of(), List.of());
        server.store.save(hostile);
        server.index.index(List.of(hostile));

        screenshots = Path.of(System.getProperty("saraban.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // Without the networking flags Chromium waits for services it cannot reach on a closed network.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000", "--lang=th");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static DirectiveRecord record(String id) {
        return SampleLetters.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    /** Waits until the page has drawn the view for the current address (after {@code action} changed it). */
    static void await(Runnable action) {
        Object before = script("var v = document.getElementById('view'); return v ? v.getAttribute('data-ready') : null");
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            Object ready = script("var v = document.getElementById('view'); return v ? v.getAttribute('data-ready') : null");
            Object hash = script("return location.hash.replace(/^#/, '') || '/'");
            Object error = script("var e = document.querySelector('.error'); return e ? e.textContent : null");
            if (error != null) {
                throw new AssertionError("page shows an error: " + error);
            }
            return ready != null && ready.equals(hash) && (before == null || !ready.equals(before));
        });
    }

    static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    static List<String> hitIds() {
        return browser.findElements(By.cssSelector("article.hit")).stream().map(e -> e.getAttribute("data-id")).toList();
    }

    static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        assertTrue(png.length > 10_000, "a real screenshot");
        Files.write(screenshots.resolve(name), png);
    }

    @Test
    void searchFacetLetterAndDeadlines() throws Exception {
        await(() -> browser.get(server.base() + "/#/"));
        assertEquals(9, hitIds().size(), "with no words, every visible letter: 8 samples and the markup test, not the secret one");
        assertFalse(hitIds().contains(SampleLetters.SECRET_LETTER));

        WebElement box = browser.findElement(By.id("q"));
        await(() -> box.sendKeys("ศูนย์ช่วยเหลือประชาชน", Keys.ENTER));
        List<String> hits = hitIds();
        assertTrue(hits.containsAll(List.of(SampleLetters.TAK_PROVINCE, SampleLetters.TAK_DEPARTMENT)), hits.toString());
        assertFalse(hits.contains(SampleLetters.SECRET_LETTER));
        assertTrue(browser.findElement(By.id("summary")).getText().contains("ศูนย์ช่วยเหลือประชาชน"));
        List<String> marked = browser.findElements(By.cssSelector("article.hit mark")).stream().map(WebElement::getText).toList();
        assertTrue(marked.stream().anyMatch(m -> m.replace(" ", "").contains("ศูนย์ช่วยเหลือประชาชน")), marked.toString());
        screenshot("search-view.png");

        // Follow a facet: หนังสือประทับตรา (stamped letters) among the hits.
        WebElement stamped = browser.findElement(By.cssSelector("a.facet-value[data-dimension=type][data-value=stamped]"));
        assertTrue(stamped.getText().contains("หนังสือประทับตรา"), stamped.getText());
        await(stamped::click);
        assertEquals(List.of(SampleLetters.TAK_PROVINCE), hitIds());
        assertEquals("true", browser.findElement(By.cssSelector("a.facet-value[data-value=stamped]")).getAttribute("aria-pressed"));
        assertEquals("ศูนย์ช่วยเหลือประชาชน", browser.findElement(By.id("q")).getAttribute("value"), "the query is kept");
        await(() -> browser.findElement(By.cssSelector("a.facet-value[data-value=stamped]")).click());
        assertEquals(2, hitIds().size(), "clicking a selected facet again removes the filter");

        // Open a letter from the hits.
        WebElement box2 = browser.findElement(By.id("q"));
        box2.clear();
        await(() -> box2.sendKeys("ภารกิจถ่ายโอน", Keys.ENTER));
        WebElement title = browser.findElement(By.cssSelector("article.hit[data-id='" + SampleLetters.KRABI_PROVINCE + "'] a.hit-title"));
        assertEquals("ภารกิจถ่ายโอน", title.findElement(By.tagName("mark")).getText(), "the found words are marked in the subject too");
        await(title::click);
        assertEquals(record(SampleLetters.KRABI_PROVINCE).subject(), browser.findElement(By.id("letter-subject")).getText());
        String fields = browser.findElement(By.id("fields")).getText();
        assertTrue(fields.contains("กบ 0023.6/ว 5532") && fields.contains("30 ธันวาคม 2567"), fields);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(script(
                "var imgs = document.querySelectorAll('.pages img'); return imgs.length === 2 && "
                        + "Array.from(imgs).every(function (i) { return i.complete && i.naturalWidth > 800; })")));
        assertEquals(record(SampleLetters.KRABI_PROVINCE).text().strip(), browser.findElement(By.id("letter-text")).getText().strip());
        // A taller window, so the picture shows the fields and the scan pages together.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2000));
        screenshot("letter-view.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        // The enclosed department letter is linked, and it knows who sent it.
        await(() -> browser.findElement(By.cssSelector("a[href='#/letter/" + SampleLetters.KRABI_DEPARTMENT + "']")).click());
        assertTrue(browser.findElement(By.id("cited-by")).getText().contains("กบ 0023.6/ว 5532"));

        // A QR link opens in a new tab without a referrer.
        await(() -> browser.get(server.base() + "/#/letter/" + SampleLetters.TAK_DEPARTMENT));
        WebElement qr = browser.findElement(By.cssSelector("#qr-codes a"));
        assertEquals("https://shorturl.asia/38nc4", qr.getAttribute("href"));
        assertEquals("_blank", qr.getAttribute("target"));
        assertTrue(qr.getAttribute("rel").contains("noopener"));

        // Upcoming deadlines, in date order, the past ones marked.
        await(() -> browser.findElement(By.id("nav-deadlines")).click());
        List<WebElement> rows = browser.findElements(By.cssSelector("#deadline-table tbody tr"));
        assertFalse(rows.isEmpty());
        List<Boolean> overdue = rows.stream().map(r -> String.valueOf(r.getAttribute("class")).contains("overdue")).toList();
        int firstUpcoming = overdue.indexOf(false);
        assertTrue(overdue.subList(firstUpcoming, overdue.size()).stream().noneMatch(o -> o), "past deadlines come first, in date order");
        assertTrue(rows.get(0).getAttribute("class").contains("overdue"), "today is 10 Dec 2024: the first rows are past");
        assertTrue(rows.get(0).getText().contains("เลยกำหนด"));
        assertTrue(rows.stream().anyMatch(r -> !r.getAttribute("class").contains("overdue") && r.getText().contains("30 ธันวาคม 2567")));
        assertTrue(firstUpcoming > 0);
        screenshot("deadlines-view.png");
    }

    @Test
    void markupFromScansStaysText() throws Exception {
        await(() -> browser.get(server.base() + "/#/search?q=" + java.net.URLEncoder.encode("ทดสอบมาร์กอัป", java.nio.charset.StandardCharsets.UTF_8)));
        WebElement hit = browser.findElement(By.cssSelector("article.hit[data-id='7a6b000000000009-1']"));
        assertTrue(hit.getText().contains("<img src=x onerror="), hit.getText());
        assertTrue(hit.findElements(By.tagName("img")).isEmpty());
        await(() -> hit.findElement(By.cssSelector("a.hit-title")).click());
        assertTrue(browser.findElement(By.id("letter-text")).getText().contains("<script>"));
        WebElement qr = browser.findElement(By.cssSelector("#qr-codes li"));
        assertTrue(qr.findElements(By.tagName("a")).isEmpty(), "a javascript: address is not made a link");
        assertTrue(qr.getText().contains("<b>QR</b>"));
        assertFalse("pwned".equals(browser.getTitle()));
    }
}
