package org.dyad.jobs;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.SparkTestSession;
import org.dyad.TestPaths;
import org.dyad.config.CorpusFormat;
import org.dyad.config.DyadConfig;
import org.dyad.config.NerMode;
import org.dyad.pipeline.Pipeline;
import org.dyad.progress.Progress;
import org.dyad.report.HtmlReport;
import org.dyad.trends.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three ways to read reports, on real reports: the seeds' (one article: everything runs, and a
 * figure that cannot be drawn says why) and a Reuters slice's (two files, weekly, with topics:
 * every figure drawn).
 *
 * <ul>
 *   <li>the five notebooks, executed by scripts/notebooks (which installs what they need from PyPI
 *       on a fresh machine): a failing cell or an empty figure fails;
 *   <li>the HTML report, opened in headless Chromium (Debian's {@code chromium}, installed here
 *       when missing): every chart rendered, no script error, opened in under 2 seconds;
 *       screenshots in {@code jobs/target/report-*.png}.
 * </ul>
 */
class ReadingReportsIT {
  @TempDir static Path dir;
  static Path seeds;
  static Path slice;

  @BeforeAll
  static void reports() throws Exception {
    seeds = pipeline(IngestJobIT.config(TestPaths.seeds().toString()), dir.resolve("seeds"));
    DyadConfig reuters =
        IngestJobIT.config(
            TestPaths.sharedData("reuters21578").resolve("reut2-000.sgm").toString(),
            TestPaths.sharedData("reuters21578").resolve("reut2-001.sgm").toString());
    reuters.ingest.format = CorpusFormat.REUTERS;
    reuters.actors.ner = NerMode.NONE;
    reuters.trends.period = Period.WEEK;
    slice = pipeline(reuters, dir.resolve("reuters"));
    // nine short stories of four weeks: Chile and Peru cooperate for three weeks and clash in the
    // fourth, the busiest and so the page's first period (the Reuters slice has no pair whose
    // balance moves that far)
    Path stories = dir.resolve("chile-peru.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    String[][] told = {
      {
        "2024-01-02",
        "Chile and Peru signed a trade agreement in Lima on Tuesday. The accord cuts"
            + " tariffs on copper and fish."
      },
      {
        "2024-01-04",
        "Peru praised Chile for its help after floods struck the northern coast."
            + " Engineers are rebuilding two bridges."
      },
      {
        "2024-01-09",
        "Chile and Peru agreed to expand cooperation on border security at a meeting"
            + " of their foreign ministers in Santiago."
      },
      {
        "2024-01-11",
        "Chile sent food aid to Peru as the harvest failed in the southern highlands,"
            + " the government said."
      },
      {"2024-01-16", "Peru and Chile held talks on fishing rights and water use on Tuesday."},
      {"2024-01-18", "Chile welcomed Peru's offer to share weather data for the Pacific coast."},
      {
        "2024-01-23",
        "Chile accused Peru of aggression after a naval clash near the maritime"
            + " border. Peru denounced Chile on Tuesday."
      },
      {
        "2024-01-25",
        "Peru expelled Chile's ambassador on Thursday. Chilean troops attacked"
            + " Peruvian border posts overnight, Lima said."
      },
      {
        "2024-01-26",
        "Chile recalled its ambassador from Peru and threatened sanctions against Lima, the"
            + " foreign ministry in Santiago said."
      }
    };
    for (int i = 0; i < told.length; i++)
      lines.add(
          json.writeValueAsString(
              java.util.Map.of(
                  "id",
                  "cp-" + i,
                  "published",
                  told[i][0],
                  "title",
                  "Chile and Peru " + i,
                  "text",
                  told[i][1])));
    Files.write(stories, lines, StandardCharsets.UTF_8);
    DyadConfig turning = IngestJobIT.config(stories.toString());
    turning.trends.period = Period.WEEK;
    turn = pipeline(turning, dir.resolve("chile-peru"));
  }

  static Path turn;

  private static Path pipeline(DyadConfig config, Path out) throws Exception {
    config.output = out.toString();
    int status =
        Pipeline.run(
            SparkTestSession.get(),
            new Progress(System.err),
            Pipeline.Request.validated("run", config, DyadConfig.Scope.RELATIONS, false));
    assertEquals(0, status);
    return out;
  }

  private static String exec(List<String> command, int minutes)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command)
            .directory(TestPaths.repo().toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(minutes, TimeUnit.MINUTES), String.join(" ", command) + " did not finish");
    assertEquals(0, p.exitValue(), String.join(" ", command) + " failed:\n" + output);
    return output;
  }

  private static String notebooks(Path reports, String... options)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                TestPaths.repo().resolve("scripts/notebooks").toString(),
                reports.toString(),
                "--out",
                reports.resolve("nb").toString()));
    command.addAll(List.of(options));
    return exec(command, 15);
  }

  @Test
  void everyNotebookRunsOnTheSeedsAndDrawsEveryFigureOnAReutersSlice() throws Exception {
    String out = notebooks(seeds);
    assertTrue(out.contains("checked 5 notebooks: ok"), out);
    assertTrue(
        Files.readString(seeds.resolve("nb/overview.ipynb")).contains("image/png"),
        "the overview draws its figures on the seeds");
    String strict = notebooks(slice, "--strict");
    assertTrue(strict.contains("checked 5 notebooks: ok"), strict);
    for (String nb : List.of("overview", "actor", "dyad", "network", "topics")) {
      assertTrue(
          Files.readString(slice.resolve("nb/" + nb + ".ipynb")).contains("image/png"),
          nb + " has figures");
    }
  }

  @Test
  void aFolderThatIsNoReportsIsRefusedWithAMessage() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Process p =
        new ProcessBuilder(
                TestPaths.repo().resolve("scripts/notebooks").toString(), empty.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    assertEquals(2, p.exitValue(), output);
    assertTrue(output.contains("has no _manifest.json"), output);
  }

  @Test
  void aMissingActorOrAnOlderSchemaIsAMessageNotAStackTrace() throws Exception {
    List<String> command =
        List.of(
            TestPaths.repo().resolve("scripts/notebooks").toString(),
            seeds.toString(),
            "--out",
            dir.resolve("bad").toString(),
            "--param",
            "actor=Irna");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    assertEquals(1, p.exitValue(), output);
    assertTrue(
        output.contains("ReportsError: no actor 'Irna'")
            && output.contains("the closest: ")
            && output.contains("Iran"),
        output);
    assertFalse(output.contains("Traceback"), output);

    Path old = Files.createDirectories(dir.resolve("old"));
    Files.writeString(
        old.resolve("_manifest.json"),
        Files.readString(seeds.resolve("_manifest.json"))
            .replaceAll("\"schema_version\" ?: ?4", "\"schema_version\":3"));
    Process q =
        new ProcessBuilder(
                TestPaths.repo().resolve("scripts/notebooks").toString(),
                old.toString(),
                "--out",
                dir.resolve("bad2").toString())
            .redirectErrorStream(true)
            .start();
    String out2 = new String(q.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    q.waitFor();
    assertEquals(1, q.exitValue(), out2);
    assertTrue(
        out2.contains("has schema version 3, these notebooks read 4")
            && out2.contains("run `scripts/dyad run` again"),
        out2);
  }

  /**
   * `scripts/dyad show ...` as a user runs it, in its own JVM (a command stops its SparkSession
   * when it ends, which would stop the one these tests share): its status, what it printed and what
   * it said.
   */
  private static String[] show(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of(TestPaths.repo().resolve("scripts/dyad").toString()));
    command.addAll(List.of(args));
    Path err = Files.createTempFile(dir, "show", ".err");
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(err.toFile());
    pb.environment().put("COLUMNS", "120");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "dyad show did not finish");
    return new String[] {String.valueOf(p.exitValue()), out, Files.readString(err)};
  }

  @Test
  void theTerminalViewShowsDyadsActorsAndTopicsAsTablesCsvAndJson() throws Exception {
    // (the two errors first: they are found before Spark starts or right after the actors table is
    // read)
    String[] partners =
        show(
            "show", "dyads", "--reports", slice.toString(), "--actor", "japan", "--format", "json");
    assertEquals("0", partners[0], partners[2]);
    var rows = new ObjectMapper().readTree(partners[1]);
    assertTrue(rows.size() > 3, partners[1]);
    for (var r : rows)
      assertTrue(
          r.get("a").asText().equals("Japan") || r.get("b").asText().equals("Japan"),
          "Japan's pairs, either side: " + r);

    String[] week =
        show(
            "show", "dyads", "--reports", slice.toString(), "--period", "1987-W10", "--limit", "5");
    assertEquals("0", week[0], week[2]);
    String[] lines = week[1].split("\n");
    assertEquals(7, lines.length, "header, rule and 5 dyads: " + week[1]);
    for (String l : lines) assertTrue(l.length() <= 120, "fits the terminal: " + l);

    String[] csv =
        show("show", "actors", "--reports", slice.toString(), "--format", "csv", "--limit", "3");
    assertEquals("0", csv[0], csv[2]);
    assertTrue(
        csv[1].startsWith("actor_id,name,type,code,country,articles,mentions,names seen\r\n"),
        csv[1]);
    assertEquals(4, csv[1].split("\r\n").length);

    String[] topics = show("show", "topics", "--reports", slice.toString());
    assertEquals("0", topics[0], topics[2]);
    assertTrue(topics[1].startsWith("topic"), topics[1]);

    String[] unknown = show("show", "dyads", "--reports", slice.toString(), "--actor", "Japn");
    assertEquals("2", unknown[0]);
    assertTrue(unknown[2].contains("no actor 'Japn'") && unknown[2].contains("Japan"), unknown[2]);
    // a period of the run in which no topic moved (the first: no baseline) is a period with no
    // rows, not an
    // unknown period (it was "no period '1987-W09'"), and an empty answer says so
    String[] firstWeek =
        show("show", "topics", "--reports", slice.toString(), "--period", "1987-W09");
    assertEquals("0", firstWeek[0], firstWeek[2]);
    assertEquals("No rows: no topics match period 1987-W09.\n", firstWeek[1]);
    String[] noWeek = show("show", "dyads", "--reports", slice.toString(), "--period", "1987-W40");
    assertEquals("2", noWeek[0]);
    assertTrue(
        noWeek[2].contains("no period '1987-W40'") && noWeek[2].contains("1987-W10"), noWeek[2]);
  }

  /**
   * Debian's chromium, installed with apt-get when it is missing (the machines reach the Debian
   * mirrors).
   */
  static String chromium() throws IOException, InterruptedException {
    for (String dirName : System.getenv("PATH").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        if (new File(dirName, name).canExecute()) return new File(dirName, name).getPath();
      }
    }
    try {
      exec(List.of("apt-get", "install", "-y", "-q", "chromium"), 15);
    } catch (AssertionError stalePackageLists) {
      // a fresh machine may have no package lists yet
      exec(List.of("apt-get", "update", "-q"), 10);
      exec(List.of("apt-get", "install", "-y", "-q", "chromium"), 15);
    }
    return "chromium";
  }

  private static final Pattern STATUS = Pattern.compile("id=\"status\"([^>]*)>");

  private static String attribute(String attrs, String name) {
    Matcher m = Pattern.compile("data-" + name + "=\"([^\"]*)\"").matcher(attrs);
    return m.find() ? m.group(1) : null;
  }

  /** Opens the page in headless Chromium: the DOM after its script ran, and a screenshot. */
  static String open(String page, Path screenshot) throws Exception {
    String browser = chromium();
    List<String> base =
        List.of(
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--virtual-time-budget=10000");
    List<String> shot = new ArrayList<>(base);
    shot.addAll(List.of("--window-size=1280,4200", "--screenshot=" + screenshot, "file://" + page));
    exec(shot, 3);
    assertTrue(Files.size(screenshot) > 50_000, "a screenshot with content: " + screenshot);
    List<String> dom = new ArrayList<>(base);
    // Chromium's log on stderr carries the page's console messages ("CONSOLE(...)"): none may be an
    // error
    dom.addAll(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", "file://" + page));
    Path log =
        Files.createTempFile(
            "chromium", ".log"); // not in this class's folder: HostileCorpusIT opens pages too
    Process p = new ProcessBuilder(dom).redirectError(log.toFile()).start();
    String html = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(3, TimeUnit.MINUTES));
    List<String> console =
        Files.readAllLines(log).stream().filter(l -> l.contains("CONSOLE")).toList();
    Files.delete(log);
    assertTrue(
        console.stream().noneMatch(l -> l.contains("Uncaught") || l.contains("Error")),
        "console errors: " + console);
    return html;
  }

  private static final List<String> CHARTS =
      List.of(
          "summary-body",
          "stages",
          "actors",
          "periods",
          "dyads",
          "shifts",
          "conflict",
          "movers",
          "network",
          "topics",
          "partners");

  @Test
  void theHtmlReportRendersEveryChartInChromium() throws Exception {
    Path target = TestPaths.repo().resolve("jobs/target");
    String page = HtmlReport.write(SparkTestSession.get(), slice.toString());
    assertEquals(slice.resolve("report/index.html").toString(), page);
    String html = Files.readString(Path.of(page));
    assertFalse(
        html.contains("<script src") || html.contains("<link rel=\"stylesheet\""),
        "self-contained: no script or style from elsewhere");
    String dom = open(page, target.resolve("report-reuters.png"));
    Matcher status = STATUS.matcher(dom);
    assertTrue(status.find(), "the page has its status element");
    String attrs = status.group(1);
    assertEquals("true", attribute(attrs, "done"), "the script ran to its end: " + attrs);
    assertEquals(
        "0",
        attribute(attrs, "errors"),
        "no script error: "
            + dom.substring(status.start(), Math.min(dom.length(), status.start() + 600)));
    assertEquals(String.valueOf(CHARTS.size()), attribute(attrs, "charts"));
    assertTrue(
        Integer.parseInt(attribute(attrs, "ms")) < 2000, "opens in under 2 seconds: " + attrs);
    for (String id : CHARTS) {
      // (no country pair of the slice shifts far enough: the shifts chart says so, and draws a
      // shift on the Chile-Peru stories below)
      assertTrue(
          dom.contains("id=\"" + id + "\" data-rendered=\"true\"")
              || id.equals("shifts") && dom.contains("id=\"shifts\" data-rendered=\"empty\""),
          id + " rendered with data on the Reuters slice");
    }
    assertTrue(dom.split("<svg", -1).length > 12, "charts drawn as SVG");
    assertTrue(
        dom.contains("Topic model: fitted by this run on"),
        "the summary says which topic model placed the articles");

    // the seeds: ten articles of one day; every chart renders, and one without data says so
    String seedPage = HtmlReport.write(SparkTestSession.get(), seeds.toString());
    String seedDom = open(seedPage, target.resolve("report-seeds.png"));
    Matcher s = STATUS.matcher(seedDom);
    assertTrue(s.find());
    assertEquals("0", attribute(s.group(1), "errors"), seedDom);
    assertEquals(String.valueOf(CHARTS.size()), attribute(s.group(1), "charts"));
    for (String id : CHARTS) {
      assertTrue(
          seedDom.contains("id=\"" + id + "\" data-rendered=\"true\"")
              || seedDom.contains("id=\"" + id + "\" data-rendered=\"empty\""),
          id + " rendered, or says why it cannot be on ten articles");
    }
    assertTrue(seedDom.contains("Pompeo"), "the seed article's actors are on the page");

    // What the page draws, read from the page (issue 29: undated and time, trends against their
    // chart, evidence,
    // the heat map and the network's labels)
    checkCharts(dom, List.of("1987-W09", "1987-W10"));
    assertEquals(
        "0",
        Pattern.compile("data-label-overlaps=\"(\\d+)\"")
            .matcher(dom)
            .results()
            .map(m -> m.group(1))
            .findFirst()
            .orElse("none"),
        "no network label covers another on the Reuters slice");
    checkCharts(seedDom, List.of("2019-W18", "2019-W19", "2019-W20"));
    assertTrue(
        seedDom.contains("Not on the time axis: undated: 1 article"),
        "the seeds' undated article is said beside the chart");
  }

  @Test
  void theShiftsChartShowsAPairThatTurnsFromCooperationToConflict() throws Exception {
    String page = HtmlReport.write(SparkTestSession.get(), turn.toString());
    String dom = open(page, TestPaths.repo().resolve("jobs/target/report-shifts.png"));
    Matcher status = STATUS.matcher(dom);
    assertTrue(status.find());
    assertEquals("0", attribute(status.group(1), "errors"), dom);
    assertTrue(dom.contains("id=\"shifts\" data-rendered=\"true\""), "a shift drawn");
    int at = dom.indexOf("id=\"shifts\"");
    String shifts = dom.substring(at, Math.min(dom.length(), at + 3000));
    assertTrue(
        shifts.contains("Chile") && shifts.contains("Peru") && shifts.contains("escalating"),
        "Chile and Peru escalating in the last week: " + shifts);
    assertFalse(shifts.contains("de-escalating"), shifts);
  }

  /** The period keys of every time axis on the page, in order (from the charts' data-axis). */
  static List<List<String>> axes(String dom) {
    List<List<String>> out = new ArrayList<>();
    Matcher m = Pattern.compile("data-axis=\"([^\"]*)\"").matcher(dom);
    while (m.find()) {
      String json = m.group(1).replace("&quot;", "\"");
      List<String> keys = new ArrayList<>();
      Matcher k = Pattern.compile("\"([^\"]+)\"").matcher(json);
      while (k.find()) keys.add(k.group(1));
      out.add(keys);
    }
    return out;
  }

  /** The x positions the periods chart gives its periods. */
  static List<Double> periodXs(String dom) {
    Matcher m = Pattern.compile("id=\"periods-svg\"[^>]*data-x=\"\\[([^\\]]*)\\]\"").matcher(dom);
    assertTrue(m.find(), "the periods chart says where it put each period");
    List<Double> xs = new ArrayList<>();
    for (String x : m.group(1).split(",")) xs.add(Double.parseDouble(x));
    return xs;
  }

  /**
   * The charts of a rendered page: every time axis holds exactly the dated periods, in date order
   * (never "undated"); periods of one length are evenly spaced when the dates have no gap; every
   * sparkline draws the share (what the trend label compares) on one scale, and its dot in the
   * chosen period is that row's share; no evidence is an empty quote; the heat map's cells have a
   * fixed size and a colour scale.
   */
  static void checkCharts(String dom, List<String> axis) {
    List<List<String>> axes = axes(dom);
    assertTrue(axes.size() >= 3, "periods, topics and partners have time axes: " + axes);
    for (List<String> a : axes) {
      assertFalse(a.contains("undated"), "undated is not on a time axis: " + a);
      if (a.size() == axis.size()) assertEquals(axis, a);
      else assertTrue(axis.containsAll(a), "the topic axis is a part of the periods': " + a);
    }
    List<Double> xs = periodXs(dom);
    assertEquals(axis.size(), xs.size());
    for (int i = 2; i < xs.size(); i++)
      assertEquals(
          xs.get(1) - xs.get(0),
          xs.get(i) - xs.get(i - 1),
          0.2,
          "weeks without gaps are evenly spaced: " + xs);
    List<String> maxes =
        Pattern.compile("data-metric=\"share\" data-max=\"([^\"]+)\"")
            .matcher(dom)
            .results()
            .map(m -> m.group(1))
            .toList();
    assertFalse(maxes.isEmpty(), "the sparklines draw the share");
    assertEquals(1, new HashSet<>(maxes).size(), "one scale for every sparkline: " + maxes);
    // each row: its share in the table, and the sparkline's dot at the same share
    Matcher row =
        Pattern.compile("<td class=\"num\">([0-9.]+)%</td>.*?data-share=\"([^\"]+)\"").matcher(dom);
    int rows = 0;
    while (row.find()) {
      assertEquals(
          Double.parseDouble(row.group(1)),
          100 * Double.parseDouble(row.group(2)),
          0.006,
          "the dot is the row's share");
      rows++;
    }
    assertTrue(rows > 0, "rows with a share and a sparkline dot");
    assertFalse(dom.contains("“”"), "no evidence is an empty quote");
    assertTrue(dom.contains("data-cell-px=\"22\""), "heat-map cells of a fixed size");
    assertTrue(dom.contains("share of stories"), "the heat map has its colour scale");
    assertTrue(
        dom.contains(".trend-rising, .trend-new { color: #1b6fb8")
            && dom.contains(".trend-falling, .trend-gone { color: #b35900"),
        "trends in blue and orange, not red and green");
    assertTrue(dom.contains("class=\"legend\""), "the colours have a legend");
  }
}
