package se.goteborg.international.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI as a new member of staff uses it, in Swedish, in a real browser (Debian's headless
 * chromium driven by chromedriver) on the whole platform: open the start page, sign in through the
 * identity provider's form, register a twin city, be shown the rule that blocks its activation next to
 * the decision field, activate it, register a project with that partner, see both on the map and in
 * the KPIs, open the guideline check, download the annual report, sign out. Every page of ours that is
 * visited must have zero axe-core violations (WCAG 2.1 A and AA rules). Screenshots of each step are
 * kept in {@code platform-launcher/target/screenshots/}.
 *
 * <p>Where chromium or chromedriver is not installed (bin/ensure-prerequisites installs them as root on
 * Debian), the test is skipped with that reason, never failed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// the journeys run in any order; only the one that stops a service must come last
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiJourneyTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final String run = "W" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36).toUpperCase();
    private final Path screenshots = Path.of("target", "screenshots");
    private final List<String> a11yFindings = new ArrayList<>();
    private WholePlatform platform;
    private WebDriver browser;
    private int shot;

    @BeforeAll
    void startPlatformAndBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Skipped: the web UI's browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                        + CHROMEDRIVER + "); bin/ensure-prerequisites installs them when run as root on Debian");
        Files.createDirectories(screenshots);
        platform = WholePlatform.start("webui-logs");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1366,1000", "--lang=sv-SE");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aNewUserDoesTheWholeJourneyInSwedishWithNoAccessibilityViolations() {
        String gateway = platform.gatewayUrl();
        String city = "Bergen " + run;
        LocalDate today = LocalDate.now();

        // 1. the start page, signed out: in Swedish, offering sign-in
        browser.get(gateway + "/");
        awaitReady();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
        assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Logga in");
        step("start-signed-out");

        // 2. sign in through the identity provider's form
        signIn("ingrid");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("kpi-partnerships")));
        assertThat(browser.findElement(By.id("user-area")).getText()).contains("Stadsledningskontoret");
        long projectsBefore = Long.parseLong(kpi("kpi-projects").replace(" ", "")); // other test methods may register projects
        step("start-signed-in");

        // 3. register a twin city (vänort), with coordinates for the map
        go("#/partnerships/new");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("partnership-form")));
        new Select(browser.findElement(By.id("f-kind"))).selectByValue("TWIN_CITY");
        type("f-cityName", city);
        type("f-countryCode", "NO");
        type("f-latitude", "60.39");
        type("f-longitude", "5.32");
        browser.findElement(By.cssSelector("input[name=priorityAreas][value=OWN_OPERATIONS]")).click();
        type("f-mutualBenefit", "Utbyte om skolutveckling som ger Göteborgs lärare nya metoder");
        type("f-responsibleUnit", "Stadsledningskontoret");
        step("partnership-form");
        browser.findElement(By.id("save")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("activate-form")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(city).contains("Vänort");

        // 4. a decision by the executive board (KS) does not activate a vänort: the rule is shown at the field
        new Select(browser.findElement(By.id("f-decision-body"))).selectByValue("KS");
        type("f-decision-decidedOn", today.minusDays(3).toString());
        type("f-decision-caseReference", "KS " + today.getYear() + "/" + run);
        browser.findElement(By.id("activate")).click();
        // lifecycle actions first say what will happen
        assertThat(waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#activate-form .confirm"))).getText())
                .contains(city).contains("KS " + today.getYear() + "/" + run);
        browser.findElement(By.id("activate-form-confirm")).click();
        WebElement error = waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-field-wrapper='decision.body'] .field-error")));
        assertThat(error.getText()).contains("En vänort behöver ett beslut i kommunfullmäktige (KF)");
        assertThat(browser.findElement(By.id("f-decision-body")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("f-decision-body")).getAttribute("aria-describedby")).contains(error.getAttribute("id"));
        step("activation-refused");

        // 5. with the city council's (KF) decision it becomes active
        new Select(browser.findElement(By.id("f-decision-body"))).selectByValue("KF");
        browser.findElement(By.id("activate")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.id("activate-form-confirm"))).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Partnerskapet är aktiverat."));
        assertThat(browser.findElement(By.cssSelector("main .card .status")).getText()).isEqualTo("Aktiv");
        String partnershipId = browser.getCurrentUrl().replaceAll(".*#/partnerships/([0-9a-f-]{36}).*", "$1");
        step("partnership-active");

        // 6. register a project with that partner
        browser.findElement(By.id("register-project")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("project-form")));
        type("f-title", "Hamnsamarbete " + run);
        new Select(browser.findElement(By.id("f-leadUnit-type"))).selectByValue("FORVALTNING");
        type("f-leadUnit-name", "Stadsledningskontoret");
        new Select(browser.findElement(By.id("f-primaryPriorityArea"))).selectByValue("OWN_OPERATIONS");
        new Select(browser.findElement(By.id("f-programme"))).selectByIndex(1);
        type("f-startDate", today.withDayOfYear(1).toString());
        type("f-endDate", today.plusYears(2).toString());
        type("f-budget-total", "1000000");
        type("f-budget-externalGrant", "600000");
        type("f-budget-ownContribution", "400000");
        type("f-benefitForGothenburg", "Nya metoder för stadens hamnlogistik");
        assertThat(new Select(browser.findElement(By.id("f-partners-0--partnershipId"))).getFirstSelectedOption().getText())
                .contains(city);
        saveForm("project-form", "Registrerat.");
        assertThat(browser.findElement(By.partialLinkText(city)).getAttribute("href")).endsWith("#/partnerships/" + partnershipId);
        step("project-registered");

        // 7. the twin city on the map (drawn offline from the shipped shapes) and in its list
        go("#/map");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map canvas")));
        assertThat(browser.findElement(By.id("map-section")).getText()).contains(city).contains("60.39, 5.32");
        assertThat(browser.findElement(By.id("map")).getAttribute("aria-label")).contains(city);
        pause(500); // let the canvas paint before the screenshot
        step("map");

        // 8. both in the KPIs once reporting has the events (through Kafka; this run's reporting database is fresh)
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            go("#/");
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("kpi-partnerships")));
            if (kpi("kpi-twin").equals("1") && kpi("kpi-active").equals("1") && kpi("kpi-projects").replace(" ", "").equals(String.valueOf(projectsBefore + 1))) {
                break;
            }
            assertThat(System.nanoTime()).as("KPIs to count the vänort and the project within %s", WAIT).isLessThan(deadline);
            pause(1000);
            browser.navigate().refresh();
            awaitReady();
        }
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-pipeline canvas")));
        // the project, an idea and no EU application yet, counts in "projects by priority area and unit"
        assertThat(waitFor(ExpectedConditions.presenceOfElementLocated(By.xpath("//figure[.//*[@id='chart-projects']]//table"))).getAttribute("textContent"))
                .contains("Stadsledningskontoret").contains("Utveckling av den egna verksamheten");
        pause(500);
        step("start-kpis");

        // 9. the guideline check
        go("#/guideline");
        waitFor(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("guideline"), "Laddar")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Riktlinjekontroll");
        assertThat(browser.findElements(By.cssSelector("#guideline .notice"))).as("no error in the guideline check").isEmpty();
        step("guideline-check");

        // 10. the annual report: links for PDF and Excel, which the signed-in browser can download
        go("#/annual");
        WebElement pdf = waitFor(ExpectedConditions.presenceOfElementLocated(By.id("download-pdf")));
        assertThat(pdf.getText()).isEqualTo("Ladda ner årsrapport " + today.getYear() + " (PDF)");
        step("annual-report");
        assertThat(download(pdf.getAttribute("href"))).containsEntry("status", 200L)
                .containsEntry("type", "application/pdf").containsEntry("magic", "%PDF");
        Map<String, Object> xlsx = download(browser.findElement(By.id("download-xlsx")).getAttribute("href"));
        assertThat(xlsx).containsEntry("status", 200L).containsEntry("magic", "PK\u0003\u0004");

        // 11. English on request, then sign out
        browser.findElement(By.cssSelector("#lang-switch button[data-lang=en]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Annual report"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.findElement(By.cssSelector("#lang-switch button[data-lang=sv]")).click();
        browser.findElement(By.id("sign-out")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
        // signing out ended the identity provider's session too: signing in again asks who you are
        browser.findElement(By.id("sign-in")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.name("username")));

        assertThat(a11yFindings).as("axe-core violations (WCAG 2.1 A/AA) on the pages visited").isEmpty();
    }

    /**
     * The international office looks after a partner city and a membership: records an activity, makes the
     * partnership dormant (vilande) and reactivates it, is told plainly when someone else changed it meanwhile
     * (412), edits a membership and activates it with a decision, and reads a page in English. Its data is made
     * here through the public API (so this method does not depend on the order the methods run in) and the
     * partnership is ended and the user signed out at the end, so the other journey starts as it expects and its
     * KPIs count only its own items.
     */
    @Test
    void theInternationalOfficeLooksAfterAPartnershipAndAMembership() {
        String gateway = platform.gatewayUrl();
        LocalDate today = LocalDate.now();
        String yesterday = today.minusDays(1).toString();
        int findingsBefore = a11yFindings.size();
        signInFresh(gateway, "ingrid"); // whatever ran before

        // an active partner city and a proposed membership, through the gateway's public API
        String city = "Tammerfors " + run;
        Map<String, Object> created = api("POST", "/api/partnerships", Map.of("kind", "PARTNER_CITY", "cityName", city,
                "countryCode", "FI", "priorityAreas", List.of("OWN_OPERATIONS"), "responsibleUnit", "Stadsledningskontoret",
                "mutualBenefit", "Utbyte om cirkulär ekonomi", "agreement", Map.of("start", today.minusYears(1).toString(),
                        "end", today.plusYears(2).toString())), null);
        assertThat(created).containsEntry("status", 201L);
        String partnershipId = (String) ((Map<?, ?>) created.get("body")).get("id");
        assertThat(api("POST", "/api/partnerships/" + partnershipId + "/activate", Map.of("decision",
                Map.of("body", "KS", "decidedOn", yesterday, "caseReference", "KS " + run)), null)).containsEntry("status", 200L);
        String organisation = "Nätverket " + run;
        assertThat(api("POST", "/api/memberships", Map.of("organisation", organisation, "responsibleUnit",
                "Stadsledningskontoret"), null)).containsEntry("status", 201L);

        // 1. record an activity: confirmed first, then listed on the partnership's page
        go("#/partnerships/" + partnershipId);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("activity-form")));
        assertThat(browser.findElement(By.id("activity-f-units")).getAttribute("value")).isEqualTo("Stadsledningskontoret");
        type("activity-f-title", "Studiebesök " + run);
        type("activity-f-startDate", today.minusDays(2).toString());
        type("activity-f-place", "Tammerfors");
        browser.findElement(By.id("activity")).click();
        WebElement confirmation = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#activity-form .confirm")));
        assertThat(confirmation.getText()).contains("Studiebesök " + run).contains(city);
        browser.findElement(By.id("activity-form-confirm")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Aktiviteten är registrerad."));
        awaitReady();
        assertThat(browser.findElement(By.id("activities")).getText()).contains("Studiebesök " + run).contains("Möte");
        step("partnership-activity-recorded");

        // 2. make it dormant (vilande); an active partnership offers no reactivation, a dormant one no "make dormant"
        assertThat(browser.findElements(By.id("reactivate-form"))).isEmpty();
        type("dormant-f-since", yesterday);
        type("dormant-f-reason", "Inga gemensamma aktiviteter just nu");
        browser.findElement(By.id("dormant")).click();
        assertThat(waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#dormant-form .confirm"))).getText())
                .contains("blir vilande");
        browser.findElement(By.id("dormant-form-confirm")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Partnerskapet är vilande."));
        awaitReady();
        assertThat(browser.findElement(By.cssSelector("main .card .status")).getText()).isEqualTo("Vilande");
        assertThat(browser.findElements(By.id("dormant-form"))).isEmpty();

        // 3. someone else reactivates and makes it dormant again meanwhile: this page's version is stale (412), said plainly
        assertThat(api("POST", "/api/partnerships/" + partnershipId + "/reactivate", null, null)).containsEntry("status", 200L);
        assertThat(api("POST", "/api/partnerships/" + partnershipId + "/make-dormant",
                Map.of("since", yesterday, "reason", "Åter vilande"), null)).containsEntry("status", 200L);
        browser.findElement(By.id("reactivate")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.id("reactivate-form-confirm"))).click();
        WebElement stale = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reactivate-form .form-errors")));
        assertThat(stale.getText()).contains("Någon annan har ändrat detta");
        browser.findElement(By.id("reload")).click();
        waitFor(ExpectedConditions.stalenessOf(stale));
        awaitReady();

        // 4. reactivate from the fresh page
        waitFor(ExpectedConditions.elementToBeClickable(By.id("reactivate"))).click();
        assertThat(waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reactivate-form .confirm"))).getText())
                .contains("blir aktivt igen");
        browser.findElement(By.id("reactivate-form-confirm")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Partnerskapet är aktivt igen."));
        awaitReady();
        assertThat(browser.findElement(By.cssSelector("main .card .status")).getText()).isEqualTo("Aktiv");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Återaktiverat").contains("Vilande");
        step("partnership-reactivated");

        // 5. a membership: from the list to its page, edited, then activated with a decision
        go("#/memberships?q=" + run);
        browser.findElement(By.linkText(organisation)).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("activate-membership-form")));
        awaitReady();
        step("membership-detail");
        browser.findElement(By.id("edit-membership")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("membership-form")));
        type("f-purpose", "Påverka EU:s stadspolitik och lära av andra städer");
        type("f-yearlyCost", "120000");
        saveForm("membership-edit", "Sparat.");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Ändrat").contains("120");
        new Select(browser.findElement(By.id("f-decision-body"))).selectByValue("KS");
        type("f-decision-decidedOn", yesterday);
        type("f-decision-caseReference", "KS " + run + "/M");
        browser.findElement(By.id("activate-membership")).click();
        waitFor(ExpectedConditions.elementToBeClickable(By.id("activate-membership-form-confirm"))).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Medlemskapet är aktiverat."));
        awaitReady();
        assertThat(browser.findElement(By.cssSelector("main .card .status")).getText()).isEqualTo("Aktiv");

        // 6. the same page in English: the shell, the headings, the status and the buttons
        browser.findElement(By.cssSelector("#lang-switch button[data-lang=en]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("history-heading"), "History"));
        awaitReady();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("main .card .status")).getText()).isEqualTo("Active");
        assertThat(browser.findElement(By.id("end-membership")).getText()).isEqualTo("End the membership");
        assertThat(browser.findElement(By.id("edit-membership")).getText()).isEqualTo("Edit");
        assertThat(browser.findElement(By.id("lang-switch")).getAttribute("aria-label")).isEqualTo("Language");
        assertThat(browser.findElement(By.id("brand-city")).getText()).isEqualTo("City of Gothenburg");
        assertThat(browser.findElement(By.id("site-nav")).getText()).contains("Memberships").doesNotContain("Medlemskap");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Activated").doesNotContain("Historik");
        step("membership-detail-english");
        browser.findElement(By.cssSelector("#lang-switch button[data-lang=sv]")).click();
        awaitReady();

        // the partner city is ended, so only the other journey's partnership counts as active
        assertThat(api("POST", "/api/partnerships/" + partnershipId + "/end", Map.of("endedOn", yesterday,
                "reason", "Testet är klart"), null)).containsEntry("status", 200L);
        // signed out again, as the other journey expects to find the browser: signing out of the gateway leaves the
        // identity provider's session (same host, so its cookie goes with the gateway's)
        browser.findElement(By.id("sign-out")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
        clearSessions();
        assertThat(a11yFindings.subList(findingsBefore, a11yFindings.size()))
                .as("axe-core violations (WCAG 2.1 A/AA) on the partnership and membership pages").isEmpty();
    }

    /**
     * The international office follows a project up and acts on omvärldsbevakning, in Swedish: a project
     * (registered, granted and started through the API for this run) gets an indicator from the code list
     * and a reported value, a milestone that is marked done, and is completed after the confirmation that
     * says what happens; a watched act is edited (a new date of application lands in its history); a
     * consultation opened from the list gets the city's response recorded. Zero axe-core violations on the
     * project detail, the legislation edit form and the consultation detail. Independent of the other
     * journey: it starts from a clean browser and leaves it signed out with no sessions.
     */
    @Test
    void theInternationalOfficeFollowsUpAProjectAndActsOnLegislationAndAConsultation() {
        LocalDate today = LocalDate.now();
        signInFresh(platform.gatewayUrl(), "ingrid");
        try {
            followUpAProjectThenLegislationThenAConsultation(today);
        } finally {
            clearSessions(); // the other journey starts signed out, whatever happened here
        }
        assertThat(a11yFindings).as("axe-core violations (WCAG 2.1 A/AA) on the pages visited").isEmpty();
    }

    private void followUpAProjectThenLegislationThenAConsultation(LocalDate today) {

        // data of this run, through the public API as the signed-in user
        String programme = (String) ((Map<?, ?>) ((List<?>) api("GET", "/api/projects/programmes", null, null).get("body")).get(0)).get("code");
        Map<String, Object> project = api("POST", "/api/projects", Map.of("title", "Uppföljning " + run,
                "leadUnit", Map.of("type", "FORVALTNING", "name", "Stadsledningskontoret"), "primaryPriorityArea", "OWN_OPERATIONS",
                "programme", programme, "startDate", today.minusDays(30).toString(), "endDate", today.plusYears(1).toString(),
                "budget", Map.of("currency", "SEK", "total", 100000, "externalGrant", 60000, "ownContribution", 40000),
                "benefitForGothenburg", "Bättre uppföljning av stadens projekt"), null);
        assertThat(project).containsEntry("status", 201L);
        String projectId = (String) ((Map<?, ?>) project.get("body")).get("id");
        String etag = (String) project.get("etag");
        etag = (String) api("POST", "/api/projects/" + projectId + "/submit", null, etag).get("etag");
        etag = (String) api("POST", "/api/projects/" + projectId + "/grant", Map.of("decisionDate", today.toString(), "grantedAmount", 60000), etag).get("etag");
        assertThat(api("POST", "/api/projects/" + projectId + "/start", null, etag)).containsEntry("status", 200L);

        // 1. the project: add an indicator from the code list and report a value
        go("#/projects/" + projectId);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("indicator-form")));
        assertThat(browser.findElement(By.cssSelector("main .card .status")).getText()).isEqualTo("Pågående");
        new Select(browser.findElement(By.id("f-code"))).selectByValue("RCO87");
        type("f-target", "5");
        browser.findElement(By.id("add-indicator")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("report-form")));
        assertThat(browser.findElement(By.id("indicators")).getText()).contains("RCO87").contains("Organisations cooperating across borders");
        type("f-value", "3");
        type("f-note", "Tre organisationer har skrivit under");
        browser.findElement(By.id("report-value")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("indicators"), "Tre organisationer har skrivit under"));

        // 2. a milestone, then marked done
        type("f-title", "Delrapport " + run);
        type("f-dueDate", today.plusDays(30).toString());
        browser.findElement(By.id("add-milestone")).click();
        // the section is drawn again after the save ("Laddar …" meanwhile): wait for the new milestone in it
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("milestones"), "Delrapport " + run));
        WebElement markDone = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#milestones button[id^=mark-done-]")));
        assertThat(browser.findElement(By.id("milestones")).getText()).contains("Delrapport " + run).contains("Markera klar");
        markDone.click();
        // the page is drawn again (the section says "Laddar …" meanwhile, and the row's own form already says
        // "Klar den"): wait, reading the section once per try, until its row says when instead of offering the button
        waitFor(d -> {
            String text = d.findElement(By.id("milestones")).getText();
            return text.contains("Delrapport " + run) && text.contains("Klar den") && !text.contains("Markera klar");
        });
        assertThat(browser.findElements(By.cssSelector("#milestones button[id^=mark-done-]"))).isEmpty();
        step("project-indicators-milestones");

        // 3. complete it: the button first says what happens, only "Ja" does it
        browser.findElement(By.id("complete")).click();
        WebElement confirm = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("complete-confirm")));
        assertThat(browser.findElement(By.id("complete-form")).getText()).contains("Projektet markeras som avslutat");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("complete-confirm");
        step("project-complete-confirm");
        confirm.click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .card .status"), "Avslutat"));
        awaitReady(); // the history section loads after the card
        assertThat(browser.findElements(By.id("complete-form"))).as("a completed project offers no completion").isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).as("the history says it in words").contains("Status: Pågående → Avslutat")
                .doesNotContain("COMPLETED");
        browser.findElement(By.cssSelector("#lang-switch button[data-lang=en]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("milestones-heading"), "Milestones and reporting deadlines"));
        assertThat(browser.findElement(By.cssSelector("main .card .status")).getText()).isEqualTo("Completed");
        browser.findElement(By.cssSelector("#lang-switch button[data-lang=sv]")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("milestones-heading"), "Milstolpar"));

        // 4. a watched act: edit it; the new date of application is in its history
        String celex = "32023R" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        Map<String, Object> item = api("POST", "/api/legislation", Map.of("celex", celex, "titleSv", "Förordning om provdata " + run,
                "subjectAreas", List.of("digitalisering")), null);
        assertThat(item).containsEntry("status", 201L);
        String itemId = (String) ((Map<?, ?>) item.get("body")).get("id");
        go("#/legislation/" + itemId);
        waitFor(ExpectedConditions.elementToBeClickable(By.id("edit-legislation"))).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("legislation-form")));
        assertThat(browser.findElement(By.id("f-celex")).getAttribute("value")).isEqualTo(celex);
        type("f-titleEn", "Regulation on test data " + run);
        type("f-subjectAreas", "digitalisering, öppna data");
        type("f-dates-application", today.plusYears(1).toString());
        saveForm("legislation-edit", "Sparat.");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("öppna data").contains("Börjar tillämpas: – → ")
                .doesNotContain("dates.application");
        step("legislation-saved");

        // 5. a consultation, opened from the list: record that the city is drafting its response
        Map<String, Object> consultation = api("POST", "/api/consultations", Map.of("title", "Samråd om stadsmobilitet " + run,
                "reference", "Ares(2025)" + run, "feedbackStart", today.minusDays(5).toString(), "feedbackEnd", today.plusDays(40).toString(),
                "topics", List.of("mobilitet"), "responsibleUnit", "Stadsledningskontoret"), null);
        assertThat(consultation).containsEntry("status", 201L);
        go("#/consultations?q=" + run);
        waitFor(ExpectedConditions.elementToBeClickable(By.partialLinkText("Samråd om stadsmobilitet " + run))).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("respond-form")));
        assertThat(browser.findElement(By.cssSelector("main .card .status")).getText()).isEqualTo("Överväger");
        new Select(browser.findElement(By.id("f-responseStatus"))).selectByValue("DRAFTING");
        browser.findElement(By.id("respond")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("respond-confirm"))).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .card .status"), "Svar skrivs"));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Överväger → Svar skrivs"));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("DRAFTING");
        step("consultation-detail");

        browser.findElement(By.id("sign-out")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    }

    /**
     * What is built but the other journeys never click, in Swedish: a partner city's agreement is renewed, first
     * refused at its field (the new end is not later than the current one), then, after a walk through the page with
     * the Tab key alone (focus visible on every stop, the skip link first, the actions in reading order), confirmed
     * with Enter and Space; a project is edited (the change lands in its history), a second edit meets a change made
     * meanwhile (412, said plainly) and the project is rejected with a reason; another is withdrawn; a consultation is
     * registered through its form and edited; a watched proposal moves to its next stage, and a unit editor (Karin,
     * Kulturförvaltningen, who may assess for her unit but not move the stage) records her unit's assessment. Its own
     * data, a clean browser, zero axe-core violations on every new page and state.
     */
    @Test
    void theFormsAndLifecycleActionsTheOtherJourneysDoNotClickWorkByMouseAndKeyboard() {
        LocalDate today = LocalDate.now();
        int findingsBefore = a11yFindings.size();
        signInFresh(platform.gatewayUrl(), "ingrid");
        try {
            renewAPartnershipThenWalkItsPageWithTheKeyboard(today);
            editRejectAndWithdrawProjects(today);
            registerAndEditAConsultation(today);
            moveAProposalToItsNextStageThenAssessItAsAUnit(today);
        } finally {
            clearSessions(); // the other journeys start signed out, whatever happened here
        }
        assertThat(a11yFindings.subList(findingsBefore, a11yFindings.size()))
                .as("axe-core violations (WCAG 2.1 A/AA) on the renewal, project, consultation and legislation pages").isEmpty();
    }

    private void renewAPartnershipThenWalkItsPageWithTheKeyboard(LocalDate today) {
        String city = "Åbo " + run;
        Map<String, Object> created = api("POST", "/api/partnerships", Map.of("kind", "PARTNER_CITY", "cityName", city,
                "countryCode", "FI", "priorityAreas", List.of("BUSINESS_DEVELOPMENT"), "responsibleUnit", "Stadsledningskontoret",
                "mutualBenefit", "Gemensam utveckling av hamnarna", "agreement", Map.of("start", today.minusYears(2).toString(),
                        "end", today.plusYears(1).toString())), null);
        String id = (String) ((Map<?, ?>) created.get("body")).get("id");
        api("POST", "/api/partnerships/" + id + "/activate", Map.of("decision",
                Map.of("body", "KS", "decidedOn", today.minusDays(10).toString(), "caseReference", "KS " + run + "/A")), null);
        try {
            // 1. the renewal is confirmed first, then refused at the field: the new agreement must end after the current one
            go("#/partnerships/" + id);
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("renew-form")));
            new Select(browser.findElement(By.id("renew-f-decision-body"))).selectByValue("KS");
            type("renew-f-decision-decidedOn", today.minusDays(1).toString());
            type("renew-f-decision-caseReference", "KS " + run + "/F");
            type("renew-f-agreementEnd", today.plusMonths(6).toString());
            browser.findElement(By.id("renew")).click();
            assertThat(waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#renew-form .confirm"))).getText())
                    .contains(city).contains("Kommunstyrelsen (KS)");
            browser.findElement(By.id("renew-form-confirm")).click();
            WebElement refused = waitFor(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#renew-form [data-field-wrapper='agreementEnd'] .field-error")));
            assertThat(refused.getText()).contains("Den nya avtalsperioden måste sluta efter den nuvarande");
            assertThat(browser.findElement(By.id("renew-f-agreementEnd")).getAttribute("aria-invalid")).isEqualTo("true");
            step("partnership-renewal-refused");

            // 2. a fresh page, walked with the Tab key only: the skip link first, then the header, then the page's
            //    actions and the renewal's fields in reading order, focus visible at every stop
            browser.navigate().refresh();
            awaitReady();
            waitFor(ExpectedConditions.presenceOfElementLocated(By.id("renew-form")));
            setValue("renew-f-decision-body", "KF");
            setValue("renew-f-decision-decidedOn", today.minusDays(1).toString());
            setValue("renew-f-decision-caseReference", "KF " + run + "/F");
            setValue("renew-f-agreementEnd", today.plusYears(4).toString());
            List<String> order = new ArrayList<>();
            List<String> unseen = new ArrayList<>();
            for (int i = 0; i < 120 && !order.contains("renew"); i++) {
                new Actions(browser).sendKeys(Keys.TAB).perform();
                String focused = focusedElement(unseen);
                if (order.isEmpty() || !order.get(order.size() - 1).equals(focused)) {
                    order.add(focused);
                }
            }
            assertThat(order).as("the Tab key reaches the renewal's button").contains("renew");
            assertThat(order.get(0)).as("the first stop is the skip link").isEqualTo("skip-link");
            assertThat(order).containsSubsequence("skip-link", "sign-out", "edit-partnership", "register-project",
                    "dormant-f-since", "dormant-f-reason", "dormant", "renew-f-decision-body", "renew-f-decision-decidedOn",
                    "renew-f-decision-caseReference", "renew-f-agreementStart", "renew-f-agreementEnd", "renew-f-renewalDue", "renew");
            assertThat(unseen).as("focused elements without a visible outline or box-shadow").isEmpty();

            // 3. Enter on the button asks first (focus moves to "Ja"), Space confirms
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            WebElement confirm = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("renew-form-confirm")));
            assertThat(browser.findElement(By.cssSelector("#renew-form .confirm")).getText()).contains(city).contains("Kommunfullmäktige (KF)");
            assertThat(focusedElement(unseen)).isEqualTo("renew-form-confirm");
            assertThat(unseen).as("the confirmation's button shows its focus").isEmpty();
            step("partnership-renewal-confirm-keyboard");
            new Actions(browser).sendKeys(Keys.SPACE).perform();
            waitFor(ExpectedConditions.stalenessOf(confirm));
            waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Avtalet är förnyat."));
            awaitReady();
            assertThat(browser.findElement(By.cssSelector("main .card")).getText())
                    .contains("KF " + run + "/F").contains(String.valueOf(today.plusYears(4).getYear()));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Förnyat");
            step("partnership-renewed");
        } finally {
            // ended, so the first journey's KPIs count only its own active partnership
            api("POST", "/api/partnerships/" + id + "/end", Map.of("endedOn", today.minusDays(1).toString(), "reason", "Testet är klart"), null);
        }
    }

    /** The focused element's id (or tag and text), added to unseen when neither an outline nor a box-shadow shows it. */
    private String focusedElement(List<String> unseen) {
        @SuppressWarnings("unchecked")
        Map<String, Object> f = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const el = document.activeElement;
                const s = getComputedStyle(el);
                return {name: el.id || (el.tagName.toLowerCase() + ':' + (el.textContent || '').trim().slice(0, 40)),
                        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow !== 'none'};
                """);
        String name = (String) f.get("name");
        if (!Boolean.TRUE.equals(f.get("outline")) && !Boolean.TRUE.equals(f.get("shadow"))) {
            unseen.add(name);
        }
        return name;
    }

    private void editRejectAndWithdrawProjects(LocalDate today) {
        String programme = (String) ((Map<?, ?>) ((List<?>) api("GET", "/api/projects/programmes", null, null).get("body")).get(0)).get("code");
        String rejected = registerProject("Ansökan " + run, programme, today);
        String withdrawn = registerProject("Förstudie " + run, programme, today);

        // 1. edit: the new description is shown and lands in the project's history
        go("#/projects/" + rejected);
        waitFor(ExpectedConditions.elementToBeClickable(By.id("edit-project"))).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("project-form")));
        assertThat(browser.findElement(By.id("f-title")).getAttribute("value")).isEqualTo("Ansökan " + run);
        type("f-acronym", "ANS");
        type("f-description", "Ett gemensamt hamnprojekt " + run);
        saveForm("project-edit", "Sparat.");
        assertThat(browser.findElement(By.cssSelector("main .card")).getText()).contains("Ett gemensamt hamnprojekt " + run);
        WebElement history = browser.findElement(By.xpath("//section[@aria-labelledby='history-heading']"));
        // in words: the field as the form calls it, no bookkeeping (version) and nothing that reads the same before and after
        assertThat(history.getText()).contains("Ändrat").contains("Akronym: – → ANS").contains("Titel: – → Ansökan " + run)
                .doesNotContain("version").doesNotContain("120 000 → 120 000");
        step("project-edited-history");

        // 2. a second edit while someone else submits the application: 412, said plainly, with a way to the latest
        browser.findElement(By.id("edit-project")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("project-form")));
        type("f-acronym", "ANS2");
        String etag = (String) api("GET", "/api/projects/" + rejected, null, null).get("etag");
        api("POST", "/api/projects/" + rejected + "/submit", null, etag);
        browser.findElement(By.id("save")).click();
        WebElement stale = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#project-form .form-errors")));
        assertThat(stale.getText()).contains("Någon annan har ändrat detta").doesNotContain("412");
        step("project-edit-stale");
        browser.findElement(By.id("reload")).click();
        waitFor(ExpectedConditions.stalenessOf(stale));
        assertThat(waitFor(ExpectedConditions.presenceOfElementLocated(By.id("f-acronym"))).getAttribute("value")).as("the latest version, not the typed one").isEqualTo("ANS");

        // 3. reject the submitted application with a reason, after the confirmation
        go("#/projects/" + rejected);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("reject-form")));
        assertThat(browser.findElement(By.cssSelector("main .card .status")).getText()).isEqualTo("Ansökan inskickad");
        type("reject-f-reason", "Utlysningen prioriterade andra teman");
        confirmAction("reject", "avslaget", "project-reject-confirm");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .card .status"), "Avslag"));
        assertThat(browser.findElement(By.cssSelector("main .card")).getText()).contains("Utlysningen prioriterade andra teman");
        assertThat(browser.findElements(By.id("reject-form"))).as("a rejected project offers no rejection").isEmpty();
        step("project-rejected");

        // 4. withdraw the other one
        go("#/projects/" + withdrawn);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("withdraw-form")));
        type("withdraw-f-reason", "Partnern drog sig ur");
        browser.findElement(By.id("withdraw")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("withdraw-confirm"))).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .card .status"), "Återkallat"));
        assertThat(browser.findElements(By.id("withdraw-form"))).isEmpty();
        assertThat(browser.findElements(By.id("edit-project"))).as("a withdrawn project is not edited").isEmpty();
        step("project-withdrawn");
    }

    private String registerProject(String title, String programme, LocalDate today) {
        Map<String, Object> project = api("POST", "/api/projects", Map.of("title", title,
                "leadUnit", Map.of("type", "FORVALTNING", "name", "Stadsledningskontoret"), "primaryPriorityArea", "OWN_OPERATIONS",
                "programme", programme, "startDate", today.plusMonths(2).toString(), "endDate", today.plusYears(2).toString(),
                "budget", Map.of("currency", "EUR", "total", 200000, "externalGrant", 120000, "ownContribution", 80000),
                "benefitForGothenburg", "Kunskap om hamnlogistik till staden"), null);
        return (String) ((Map<?, ?>) project.get("body")).get("id");
    }

    private void registerAndEditAConsultation(LocalDate today) {
        go("#/consultations");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("new-consultation"))).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("consultation-form")));
        type("f-title", "Samråd om gröna hamnar " + run);
        type("f-reference", "Ares(2026)" + run);
        type("f-feedbackStart", today.minusDays(2).toString());
        type("f-feedbackEnd", today.plusDays(30).toString());
        type("f-topics", "hamnar, klimat");
        type("f-responsibleUnit", "Stadsledningskontoret");
        saveForm("consultation-form", "Registrerat.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Samråd om gröna hamnar " + run);
        assertThat(browser.findElement(By.cssSelector("main .card .status")).getText()).isEqualTo("Överväger");

        browser.findElement(By.id("edit-consultation")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("consultation-form")));
        assertThat(browser.findElement(By.id("f-reference")).getAttribute("value")).isEqualTo("Ares(2026)" + run);
        type("f-topics", "hamnar, klimat, sjöfart");
        type("f-feedbackEnd", today.plusDays(45).toString());
        saveForm("consultation-edit", "Sparat.");
        assertThat(browser.findElement(By.cssSelector("main .card")).getText()).contains("hamnar, klimat, sjöfart");
        assertThat(browser.findElement(By.xpath("//section[@aria-labelledby='history-heading']")).getText()).contains("Ändrat").contains("sjöfart");
        step("consultation-edited");
    }

    private void moveAProposalToItsNextStageThenAssessItAsAUnit(LocalDate today) {
        String celex = "5" + today.getYear() + "PC" + (1000 + ThreadLocalRandom.current().nextInt(9000));
        // 1. the international office starts watching a Commission proposal through the form (type and stage from its CELEX number)
        go("#/legislation");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("new-legislation"))).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("legislation-form")));
        type("f-celex", celex);
        type("f-titleSv", "Förslag om kulturarv " + run);
        type("f-subjectAreas", "kultur");
        saveForm("legislation-new", "Registrerat.");
        String itemId = browser.getCurrentUrl().replaceAll(".*#/legislation/([0-9a-f-]{36}).*", "$1");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Förslag om kulturarv " + run);
        assertThat(browser.findElement(By.cssSelector("main .card")).getText()).contains(celex).contains("Förslag");

        // 2. it moves into negotiation, after the confirmation
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("change-stage-form")));
        assertThat(browser.findElement(By.cssSelector("main .card .status")).getText()).isEqualTo("Föreslagen");
        new Select(browser.findElement(By.id("f-stage"))).selectByValue("UNDER_NEGOTIATION");
        type("f-reason", "Rådet har börjat förhandla");
        confirmAction("change-stage", "historiken", "legislation-stage-confirm");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .card .status"), "Under förhandling"));
        awaitReady();
        assertThat(browser.findElement(By.xpath("//section[@aria-labelledby='history-heading']")).getText())
                .contains("Rådet har börjat förhandla");
        step("legislation-stage-changed");

        // 3. a unit editor of Kulturförvaltningen: no stage change offered, her unit's assessment recorded
        signInFresh(platform.gatewayUrl(), "karin");
        go("#/legislation/" + itemId);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("assess-form")));
        assertThat(browser.findElements(By.id("change-stage-form"))).as("only the international office moves the stage").isEmpty();
        assertThat(browser.findElement(By.id("f-unit")).getAttribute("value")).isEqualTo("Kulturförvaltningen");
        new Select(browser.findElement(By.id("f-relevance"))).selectByValue("HIGH");
        new Select(browser.findElement(By.id("f-influence"))).selectByValue("POLITICAL");
        type("f-expectedImpact", "Påverkar hur staden vårdar sitt kulturarv " + run);
        type("f-actions", "Svara i remissen");
        type("f-dueDate", today.plusDays(60).toString());
        step("legislation-assess-form");
        browser.findElement(By.id("assess")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//section[@aria-labelledby='assessments-heading']"),
                "Påverkar hur staden vårdar sitt kulturarv " + run));
        awaitReady();
        assertThat(browser.findElement(By.xpath("//section[@aria-labelledby='assessments-heading']")).getText())
                .contains("Kulturförvaltningen").contains("Hög").contains("Öppen");
        // one assessment per unit: the form gives way to a sentence saying so
        assertThat(browser.findElements(By.id("assess-form"))).isEmpty();
        assertThat(browser.findElement(By.id("already-assessed")).getText()).contains("Kulturförvaltningen har redan bedömt ärendet");
        assertThat(browser.findElement(By.xpath("//section[@aria-labelledby='history-heading']")).getText())
                .contains("Började bevakas (registrerat för hand)").doesNotContain("tracked");
        step("legislation-assessed");
        browser.findElement(By.id("sign-out")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    }

    /**
     * A unit editor looks after her unit's assessment of an item (edits it, moves its actions on and sees
     * both in its history) and adds an alert subscription, then ends it after the confirmation.
     */
    @Test
    void aUnitEditsAndMovesOnItsAssessmentAndLooksAfterItsAlertSubscriptions() {
        LocalDate today = LocalDate.now();
        try {
            signInFresh(platform.gatewayUrl(), "ingrid");
            String celex = "5" + today.getYear() + "PC" + (1000 + ThreadLocalRandom.current().nextInt(9000));
            String itemId = (String) ((Map<?, ?>) api("POST", "/api/legislation", Map.of("celex", celex,
                    "titleSv", "Förslag om stadsmiljö " + run, "subjectAreas", List.of("miljö"), "dates", Map.of()), null).get("body")).get("id");
            signInFresh(platform.gatewayUrl(), "karin");
            String assessmentId = (String) ((Map<?, ?>) api("POST", "/api/legislation/" + itemId + "/assessments", Map.of(
                    "unit", "Kulturförvaltningen", "relevance", "MEDIUM", "influence", "LEGAL",
                    "expectedImpact", "Första bedömningen " + run, "actions", "Läsa förslaget"), null).get("body")).get("id");
            editAndMoveOnAnAssessment(itemId, "a-" + assessmentId);
            addAndEndASubscription();
        } finally {
            clearSessions(); // the other journeys start signed out, whatever happened here
        }
        assertThat(a11yFindings).as("axe-core violations (WCAG 2.1 A/AA) on the pages visited").isEmpty();
    }

    private void editAndMoveOnAnAssessment(String itemId, String scope) {
        go("#/legislation/" + itemId);
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id(scope)));
        assertThat(browser.findElement(By.id(scope)).getText()).contains("Bedömning av Kulturförvaltningen");
        browser.findElement(By.cssSelector("#" + scope + "-edit summary")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(scope + "-f-relevance")));
        assertThat(browser.findElement(By.id(scope + "-f-expectedImpact")).getAttribute("value")).isEqualTo("Första bedömningen " + run);
        new Select(browser.findElement(By.id(scope + "-f-relevance"))).selectByValue("HIGH");
        type(scope + "-f-expectedImpact", "Ändrad bedömning " + run);
        step("assessment-edit-form");
        browser.findElement(By.id(scope + "-save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//section[@aria-labelledby='assessments-heading']"),
                "Ändrad bedömning " + run));
        awaitReady();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Sparat.");

        // the actions move on from "Öppen" to "Pågår", after saying what will happen
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id(scope + "-move")));
        confirmAction(scope + "-move", "kan inte tas tillbaka", "assessment-move-confirm");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id(scope + "-history"), "Ny status"));
        awaitReady();
        assertThat(browser.findElement(By.xpath("//section[@aria-labelledby='assessments-heading']")).getText()).contains("Pågår");
        assertThat(browser.findElement(By.id(scope + "-history")).getText())
                .contains("Status: Öppen → Pågår").contains("Påverkan: Första bedömningen " + run + " → Ändrad bedömning " + run)
                .contains("Relevans: Medel → Hög");
        step("assessment-moved-on");
    }

    private void addAndEndASubscription() {
        String keyword = ("kulturarv" + run).toLowerCase();
        go("#/legislation");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("subscriptions-link"))).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("subscribe-form")));
        awaitReady();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bevakningar");
        assertThat(browser.findElement(By.id("f-unit")).getAttribute("value")).isEqualTo("Kulturförvaltningen");
        new Select(browser.findElement(By.id("f-kind"))).selectByValue("KEYWORD");
        type("f-value", keyword);
        step("subscriptions-form");
        browser.findElement(By.id("subscribe")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("subscriptions"), keyword));
        awaitReady();
        WebElement row = browser.findElement(By.xpath("//section[@id='subscriptions']//tr[contains(., '" + keyword + "')]"));
        assertThat(row.getText()).contains("Nyckelord");
        String form = row.findElement(By.tagName("form")).getAttribute("id");
        step("subscriptions-added");

        browser.findElement(By.id(form + "-button")).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(form + "-confirm")));
        assertThat(browser.findElement(By.id(form)).getText()).contains("får inte längre larm");
        step("subscriptions-end-confirm");
        browser.findElement(By.id(form + "-confirm")).click();
        waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id(form)));
        awaitReady();
        assertThat(browser.findElement(By.id("subscriptions")).getText()).doesNotContain(keyword);
        step("subscriptions-ended");
    }

    /** Keeps a screenshot of the filled form, saves it and waits for the page that says so ("Sparat.", "Registrerat."). */
    private void saveForm(String shotName, String saidAfter) {
        step(shotName);
        browser.findElement(By.id("save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), saidAfter));
        awaitReady();
    }

    /** Presses a lifecycle action's button, checks what its confirmation says, keeps a screenshot of it, then says "Ja". */
    private void confirmAction(String id, String says, String shotName) {
        browser.findElement(By.id(id)).click();
        waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id + "-confirm")));
        assertThat(browser.findElement(By.id(id + "-form")).getText()).contains(says);
        step(shotName);
        browser.findElement(By.id(id + "-confirm")).click();
    }

    /** Sets a control's value as a script would (no focus moves), for a form filled before a keyboard walk. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    /**
     * A service that is down shows a clear notice on the part of the page that needs it, and the rest of
     * the page still works: with monitoring-service stopped, the start page's "open alerts for my unit"
     * says so by name while the KPIs and charts (from reporting) are shown, the legislation list says so,
     * and the partnership list still works. Stops a service, so it runs last.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aServiceThatIsDownIsNamedWhereItIsNeededAndTheRestStillWorks() {
        platform.stop(PlatformApps.MONITORING);
        signInFresh(platform.gatewayUrl(), "ingrid");

        go("#/");
        assertThat(waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#alerts .notice"))).getText())
                .contains("Den här delen kan inte visas just nu").contains("monitoring-service");
        // the KPIs and charts come from reporting-service, which is up
        assertThat(kpi("kpi-partnerships")).matches("[0-9 ]+");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pipeline h2")));
        assertThat(browser.findElements(By.cssSelector("#pipeline .notice, #projects-chart .notice, #funding .notice"))).isEmpty();
        step("start-monitoring-down");

        go("#/legislation");
        assertThat(waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .notice"))).getText())
                .contains("monitoring-service");
        go("#/partnerships");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table")));
        assertThat(browser.findElements(By.cssSelector("main .notice.warning"))).isEmpty();
        step("partnerships-while-monitoring-down");
        clearSessions();
        assertThat(a11yFindings).as("axe-core violations (WCAG 2.1 A/AA) on the pages visited").isEmpty();
    }

    /** Signs in through the identity provider's form from a browser with no sessions (of the gateway or the provider). */
    private void signInFresh(String gateway, String user) {
        clearSessions();
        browser.get(gateway + "/");
        awaitReady();
        browser.findElement(By.cssSelector("#lang-switch button[data-lang=sv]")).click();
        signIn(user);
    }

    /** Signs in through the identity provider's form with the demo user's password. */
    private void signIn(String user) {
        browser.findElement(By.id("sign-in")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.name("username"))).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(user + "-demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
        awaitReady();
    }

    /** Forgets every cookie, so the next sign-in shows the provider's form again (its session outlives the gateway's sign-out). */
    private void clearSessions() {
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** A call to the public API from the signed-in page (session cookie and CSRF token, as the UI sends them). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> api(String method, String path, Object body, String ifMatch) {
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const [method, path, body, ifMatch, done] = arguments;
                const csrf = decodeURIComponent((document.cookie.match(/(?:^|;\\s*)XSRF-TOKEN=([^;]+)/) || [])[1] || '');
                const headers = {'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrf};
                if (ifMatch) headers['If-Match'] = ifMatch;
                fetch(path, {method, headers, credentials: 'same-origin', body: body == null ? undefined : JSON.stringify(body)})
                  .then(async r => { const text = await r.text(); done({status: r.status, etag: r.headers.get('ETag'), body: text ? JSON.parse(text) : null}); })
                  .catch(e => done({error: String(e)}));
                """, method, path, body, ifMatch);
        assertThat((Long) result.get("status")).as("%s %s answered %s", method, path, result).isBetween(200L, 299L);
        return result;
    }

    private void go(String hash) {
        ((JavascriptExecutor) browser).executeScript("location.hash = arguments[0]", hash);
        awaitReady();
    }

    /** Waits until the page has rendered and no section is still loading. */
    private void awaitReady() {
        waitFor(d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body && document.body.dataset.ready")));
        waitFor(d -> !d.findElement(By.tagName("main")).getText().contains("Laddar …"));
    }

    private <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
        // a section drawn again between finding an element and reading it is retried, not a failure
        return new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    private void type(String id, String text) {
        WebElement el = browser.findElement(By.id(id));
        if ("date".equals(el.getAttribute("type"))) {
            // typing into a date input depends on the locale's format; set the value as the browser would
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", el, text);
        } else {
            el.clear();
            el.sendKeys(text);
        }
    }

    private String kpi(String id) {
        return browser.findElement(By.cssSelector("#" + id + " .value")).getText().replace('\u00a0', ' ').trim();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> download(String url) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                  const bytes = new Uint8Array(await r.arrayBuffer());
                  done({status: r.status, type: (r.headers.get('content-type') || '').split(';')[0],
                        magic: String.fromCharCode(...bytes.slice(0, 4)), size: bytes.length});
                }).catch(e => done({error: String(e)}));
                """, url);
    }

    /** A screenshot, then axe-core over the page: its WCAG 2.1 A/AA violations are collected. */
    private void step(String name) {
        shot++;
        byte[] png = fullPage();
        try {
            Files.write(screenshots.resolve(String.format("%02d-%s.png", shot, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """, WCAG_TAGS);
        for (Object violation : (List<?>) result) {
            a11yFindings.add(name + ": " + violation);
        }
    }

    /** The whole page, not only the window (histories and forms are below the fold), up to 8000 pixels tall. */
    private byte[] fullPage() {
        try {
            Number width = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
            Number height = (Number) ((JavascriptExecutor) browser).executeScript("return Math.min(document.documentElement.scrollHeight, 8000)");
            Map<String, Object> shotData = ((ChromeDriver) browser).executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            return Base64.getDecoder().decode((String) shotData.get("data"));
        } catch (RuntimeException e) {
            return ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES); // the window at least
        }
    }

    private static String axeSourceCache;

    private static String axeSource() {
        if (axeSourceCache == null) {
            try (InputStream in = WebUiJourneyTest.class.getResourceAsStream("/axe/axe.min.js")) {
                axeSourceCache = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSourceCache;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
