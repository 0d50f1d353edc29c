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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
        step("project-form");
        browser.findElement(By.id("save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Registrerat."));
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
        step("membership-edit");
        browser.findElement(By.id("save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Sparat."));
        awaitReady();
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
        WebElement markDone = waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#milestones button[id^=mark-done-]")));
        assertThat(browser.findElement(By.id("milestones")).getText()).contains("Delrapport " + run).contains("Markera klar");
        markDone.click();
        // the page is drawn again: the milestone's row then says when it was done instead of offering the button
        waitFor(d -> !d.findElements(By.cssSelector("#milestones table")).isEmpty()
                && d.findElements(By.cssSelector("#milestones button[id^=mark-done-]")).isEmpty());
        assertThat(browser.findElement(By.id("milestones")).getText()).contains("Delrapport " + run).contains("Klar den");
        step("project-indicators-milestones");

        // 3. complete it: the button first says what happens, only "Ja" does it
        browser.findElement(By.id("complete")).click();
        WebElement confirm = waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("complete-confirm")));
        assertThat(browser.findElement(By.id("complete-form")).getText()).contains("Projektet markeras som avslutat");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("complete-confirm");
        step("project-complete-confirm");
        confirm.click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .card .status"), "Avslutat"));
        assertThat(browser.findElements(By.id("complete-form"))).as("a completed project offers no completion").isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("COMPLETED");
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
        step("legislation-edit");
        browser.findElement(By.id("save")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Sparat."));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("öppna data").contains("dates.application");
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
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "DRAFTING"));
        step("consultation-detail");

        browser.findElement(By.id("sign-out")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
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
        return new WebDriverWait(browser, WAIT).until(condition::apply);
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
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
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
