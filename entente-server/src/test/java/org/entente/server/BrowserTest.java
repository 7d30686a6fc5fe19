package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium (Debian's chromium and chromium-driver): each loads
 * without console errors and draws its charts, and marking an indicator redraws the scenario
 * chart. Screenshots go to target/screenshots. Skipped, saying why, where Chromium is absent.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final Served served = Served.cases((cases, scratch) -> {
        Fixtures.ledger(Served.ledger(cases));
        Fixtures.events(Served.events(cases), scratch);
    });

    @TempDir
    static Path profile;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests need /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void every_page_loads_without_console_errors_and_draws_its_charts() {
        Map<String, String> pages = Map.ofEntries(Map.entry("cases", "/"), Map.entry("overview", "/cases/iran-russia"),
                Map.entry("timeline", "/cases/iran-russia/timeline"), Map.entry("evidence", "/cases/russia-dprk/evidence"),
                Map.entry("scenarios", "/cases/iran-russia/scenarios"), Map.entry("dyad", "/dyads?a=IRN&b=RUS"),
                Map.entry("pair-form", "/dyads"), Map.entry("swagger", "/api-docs"),
                Map.entry("treaties", "/cases/russia-dprk/treaties"),
                Map.entry("treaty-compare", "/cases/iran-russia/treaties/compare?a=cspt-2025&b=russia-dprk/cspt-2024"),
                Map.entry("events", "/cases/iran-russia/events?month=2019-10"), Map.entry("events-form", "/events"),
                Map.entry("forecasts", "/forecasts"));
        // the charts each page draws (the forms and Swagger UI draw none)
        Map<String, List<String>> charted = Map.ofEntries(Map.entry("cases", List.of("cases")),
                Map.entry("overview", List.of("overall", "dimensions", "commitment", "trajectory")),
                Map.entry("timeline", List.of("timeline")), Map.entry("evidence", List.of("evidence")),
                Map.entry("scenarios", List.of("bands", "fan", "tornado")), Map.entry("dyad", List.of("votes", "arms", "trade")),
                Map.entry("treaties", List.of("treaty-subjects")), Map.entry("treaty-compare", List.of("treaty-compare")),
                Map.entry("events", List.of("events")), Map.entry("forecasts", List.of("calibration")));
        for (Map.Entry<String, String> p : pages.entrySet()) {
            open(p.getValue());
            List<WebElement> charts = browser.findElements(By.cssSelector("[data-chart]"));
            assertThat(charts).extracting(c -> c.getAttribute("data-chart")).as(p.getKey() + "'s charts")
                    .containsExactlyElementsOf(charted.getOrDefault(p.getKey(), List.of()));
            for (WebElement chart : charts) {
                wait(() -> chart.getAttribute("data-version") != null, p.getKey() + " chart " + chart.getAttribute("id"));
                WebElement canvas = chart.findElement(By.tagName("canvas"));
                assertThat(canvas.getSize().getWidth()).as(p.getKey()).isGreaterThan(100);
                assertThat(canvas.getSize().getHeight()).as(p.getKey()).isGreaterThan(50);
            }
            if (p.getKey().equals("swagger")) {
                wait(() -> !browser.findElements(By.cssSelector(".opblock")).isEmpty(), "Swagger UI operations");
            }
            shoot(p.getKey());
            assertThat(severe()).as(p.getKey() + " console errors").isEmpty();
        }
    }

    /** The overview's dimension chart labels the dimensions the band rules count as broad, as the API gives them. */
    @Test
    void the_overview_marks_the_broad_dimensions() throws Exception {
        JsonNode dims = Served.json(served.get("/api/cases/iran-russia/assessment")).get("dimensions");
        List<String> expected = new java.util.ArrayList<>();
        dims.fields().forEachRemaining(e -> expected.add(e.getKey() + (e.getValue().get("broad").asBoolean() ? " (broad)" : "")));
        assertThat(expected).anyMatch(l -> l.endsWith("(broad)")).anyMatch(l -> !l.endsWith("(broad)"));
        open("/cases/iran-russia");
        WebElement chart = browser.findElement(By.id("chart-dimensions"));
        wait(() -> chart.getAttribute("data-version") != null, "dimensions chart");
        Object labels = ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(arguments[0]).getOption().yAxis[0].data;", chart);
        assertThat(labels).asList().containsExactlyElementsOf(expected);
    }

    @Test
    void clicking_a_month_in_the_events_chart_opens_its_events() {
        open("/cases/iran-russia/events");
        WebElement chart = browser.findElement(By.id("chart-events"));
        wait(() -> chart.getAttribute("data-version") != null, "events chart");
        ((JavascriptExecutor) browser).executeScript("echarts.getInstanceByDom(arguments[0]).trigger('click', "
                + "{ name: '2019-10' });", chart);
        wait(() -> browser.getCurrentUrl().contains("month=2019-10"), "the drill-down");
        wait(() -> "complete".equals(((JavascriptExecutor) browser).executeScript("return document.readyState")), "drill-down");
        assertThat(browser.findElements(By.cssSelector("table.top a[href^='https://']"))).isNotEmpty();
        assertThat(severe()).isEmpty();
    }

    @Test
    void the_timeline_and_events_charts_keep_the_empty_periods_between_the_full_ones() {
        open("/cases/iran-russia/timeline");
        List<String> years = axis("chart-timeline");
        List<String> dated = script("return JSON.parse(document.getElementById('page-data').textContent).events"
                + ".map(function (e) { return String(e.date).slice(0, 4); });");
        assertThat(years).startsWith(dated.stream().min(String::compareTo).orElseThrow())
                .endsWith(dated.stream().max(String::compareTo).orElseThrow());
        for (int i = 1; i < years.size(); i++) {
            assertThat(Integer.parseInt(years.get(i))).as(years.toString()).isEqualTo(Integer.parseInt(years.get(i - 1)) + 1);
        }
        assertThat(years).as("a year without a timeline event, e.g. 2005, has its place").contains("2005")
                .hasSizeGreaterThan(new java.util.HashSet<>(dated).size());
        open("/cases/iran-russia/events?by=quarter");
        List<String> quarters = axis("chart-events");
        assertThat(quarters).contains("2015-Q4", "2016-Q1", "2017-Q3", "2019-Q4");
        assertThat(quarters.subList(0, 2)).containsExactly("2015-Q4", "2016-Q1");
        assertThat(severe()).isEmpty();
    }

    /** @return the category labels of a chart's x axis */
    private static List<String> axis(String id) {
        WebElement chart = browser.findElement(By.id(id));
        wait(() -> chart.getAttribute("data-version") != null, id);
        return script("return echarts.getInstanceByDom(arguments[0]).getOption().xAxis[0].data.map(String);", chart);
    }

    @SuppressWarnings("unchecked")
    private static List<String> script(String js, Object... args) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(js, args);
    }

    @Test
    void marking_an_indicator_updates_the_scenario_chart() {
        open("/cases/iran-russia/scenarios");
        WebElement chart = browser.findElement(By.id("chart-bands"));
        wait(() -> chart.getAttribute("data-version") != null, "band chart");
        String before = bandData();
        String conditions = browser.findElement(By.id("forecast-conditions")).getText();
        assertThat(conditions).startsWith("What lifts a run above transactional, in 2035: overall 45 or more in ");
        String version = chart.getAttribute("data-version");
        WebElement row = browser.findElements(By.cssSelector("#indicators tr[data-indicator][data-state=unknown]")).get(0);
        row.findElement(By.cssSelector("button[data-answer=yes]")).click();
        wait(() -> browser.findElement(By.id("forecast-status")).getText().startsWith("updated"), "the forecast update");
        assertThat(chart.getAttribute("data-version")).isNotEqualTo(version);
        assertThat(bandData()).isNotEqualTo(before);
        assertThat(row.getAttribute("data-state")).isEqualTo("yes");
        // the script writes the conditions as the server does, from the updated forecast
        String now = browser.findElement(By.id("forecast-conditions")).getText();
        assertThat(now).isNotEqualTo(conditions).startsWith("What lifts a run above transactional, in 2035: overall 45 or more in ");
        String observed = row.getAttribute("data-indicator");
        JsonNode updated = Served.json(served.get("/api/cases/iran-russia/scenarios?observe=" + observed + ":yes"));
        JsonNode last = updated.get("baseline").get(updated.get("baseline").size() - 1);
        JsonNode met = last.get("cooperation");
        assertThat(now).isEqualTo("What lifts a run above transactional, in " + last.get("year").asInt() + ": overall 45 or more in "
                + ScenariosPage.share(met.get("overall").asDouble()) + " of runs, 3 or more broad dimensions in "
                + ScenariosPage.share(met.get("breadth").asDouble()) + ", both in " + ScenariosPage.share(met.get("both").asDouble())
                + ".");
        shoot("scenarios-marked");
        assertThat(severe()).isEmpty();
    }

    /**
     * The page takes the API's options: a held scenario and a nearer horizon shape the page, an
     * indicator's update asks the API with them, and the options form keeps the board's answers and
     * leaves out the fields left empty.
     */
    @Test
    void the_scenarios_page_keeps_its_options_through_an_update_and_the_options_form() {
        open("/cases/iran-russia/scenarios?scenario=sc-us-iran-deal&horizon=2030&runs=1000");
        WebElement chart = browser.findElement(By.id("chart-bands"));
        wait(() -> chart.getAttribute("data-version") != null, "band chart");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("1000 runs").contains("holding \u201cA US-Iran nuclear agreement\u201d true");
        assertThat(new Select(browser.findElement(By.name("scenario"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("sc-us-iran-deal");
        assertThat(browser.findElement(By.id("forecast-conditions")).getText()).contains(", in 2030: ");
        WebElement row = browser.findElements(By.cssSelector("#indicators tr[data-indicator][data-state=unknown]")).get(0);
        String marked = row.getAttribute("data-indicator");
        row.findElement(By.cssSelector("button[data-answer=yes]")).click();
        wait(() -> browser.findElement(By.id("forecast-status")).getText().startsWith("updated"), "the forecast update");
        assertThat(browser.findElement(By.id("forecast-status")).getText()).startsWith("updated: at 2030,");
        // the update is the API's forecast under the page's options and the new answer, scenario rows included
        JsonNode api = Served.json(served.get("/api/cases/iran-russia/scenarios?scenario=sc-us-iran-deal&horizon=2030"
                + "&runs=1000&observe=" + marked + ":yes"));
        assertThat(browser.findElements(By.cssSelector("#scenario-rows tr"))).hasSize(api.get("scenarios").size());
        String now = browser.findElement(By.id("forecast-conditions")).getText();
        browser.findElement(By.name("horizon")).clear();
        browser.findElement(By.name("horizon")).sendKeys("2031");
        browser.findElement(By.cssSelector("#forecast-options button[type=submit]")).click();
        wait(() -> browser.getCurrentUrl().contains("horizon=2031"), "the options form");
        wait(() -> browser.findElement(By.id("chart-bands")).getAttribute("data-version") != null, "band chart");
        assertThat(browser.getCurrentUrl()).contains("observe=" + marked + "%3Ayes").contains("scenario=sc-us-iran-deal")
                .contains("runs=1000").doesNotContain("seed=").doesNotContain("asOf=");
        assertThat(browser.findElement(By.cssSelector("#indicators tr[data-indicator=\"" + marked + "\"]"))
                .getAttribute("data-state")).isEqualTo("yes");
        assertThat(browser.findElement(By.id("forecast-conditions")).getText()).contains(", in 2031: ").isNotEqualTo(now);
        assertThat(severe()).isEmpty();
    }

    /**
     * Russia–DPRK, where alliance's rule places runs above transactional without breadth: the line
     * says so, and the script writes it after an update as the server writes it for the same answers.
     */
    @Test
    void the_script_writes_the_conditions_as_the_server_does_where_another_rule_lifts_runs() {
        open("/cases/russia-dprk/scenarios");
        WebElement chart = browser.findElement(By.id("chart-bands"));
        wait(() -> chart.getAttribute("data-version") != null, "band chart");
        String conditions = browser.findElement(By.id("forecast-conditions")).getText();
        assertThat(conditions).startsWith("Strategic-transactionalism's two conditions, in 2035: overall 45 or more in ")
                .containsPattern("; placed above transactional without both, by another band's rule: [0-9.]+% "
                        + "\\(alliance, which asks for no breadth\\)\\.$")
                .doesNotContain("What lifts");
        WebElement row = browser.findElements(By.cssSelector("#indicators tr[data-indicator][data-state=unknown]")).get(0);
        row.findElement(By.cssSelector("button[data-answer=yes]")).click();
        wait(() -> browser.findElement(By.id("forecast-status")).getText().startsWith("updated"), "the forecast update");
        String now = browser.findElement(By.id("forecast-conditions")).getText();
        open("/cases/russia-dprk/scenarios?observe=" + row.getAttribute("data-indicator") + ":yes");
        assertThat(now).isEqualTo(browser.findElement(By.id("forecast-conditions")).getText());
        assertThat(severe()).isEmpty();
    }

    @Test
    void an_evidence_item_added_in_the_form_is_there_after_a_restart() {
        open("/cases/russia-dprk/evidence");
        browser.findElement(By.cssSelector("#form-evidence summary")).click();
        WebElement form = browser.findElement(By.cssSelector("#form-evidence form"));
        form.findElement(By.name("id")).sendKeys("ev-browser-added");
        form.findElement(By.name("claim")).sendKeys("Added in a headless browser & kept across a restart.");
        new Select(form.findElement(By.name("dimension"))).selectByVisibleText("diplomatic");
        new Select(form.findElement(By.name("stance"))).selectByVisibleText("toward-alignment");
        new Select(form.findElement(By.name("strength"))).selectByVisibleText("weak");
        form.findElement(By.name("period_from")).sendKeys("2026-01");
        form.findElement(By.name("sources")).sendKeys("interfax-108291, tass-1882445");
        form.findElement(By.name("editor")).sendKeys("Browser Test");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait(() -> !browser.getCurrentUrl().isEmpty() && browser.findElements(By.cssSelector("#form-evidence[open]")).isEmpty()
                || !browser.findElements(By.cssSelector(".form-errors")).isEmpty(), "the answer to the form");
        wait(() -> browser.getCurrentUrl().endsWith("/cases/russia-dprk/evidence#ev-browser-added"), "the redirect to the item");
        assertThat(browser.findElements(By.id("ev-browser-added"))).hasSize(1);
        served.restart();
        open("/cases/russia-dprk/evidence");
        WebElement row = browser.findElement(By.id("ev-browser-added"));
        assertThat(row.getText()).contains("Added in a headless browser & kept across a restart.").contains("diplomatic");
        shoot("evidence-added");
        assertThat(severe()).isEmpty();
    }

    private static String bandData() {
        return String.valueOf(((JavascriptExecutor) browser).executeScript("return JSON.stringify(echarts.getInstanceByDom("
                + "document.getElementById('chart-bands')).getOption().series.map(function (s) { return s.data; }));"));
    }

    private static void open(String path) {
        browser.get(served.base() + path);
        wait(() -> "complete".equals(((JavascriptExecutor) browser).executeScript("return document.readyState")), path);
    }

    private static void wait(java.util.function.BooleanSupplier ready, String what) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage("waiting for " + what).until(d -> ready.getAsBoolean());
    }

    private static List<String> severe() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue()
                >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    private static void shoot(String name) {
        try {
            Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write screenshot " + name, e);
        }
    }
}
