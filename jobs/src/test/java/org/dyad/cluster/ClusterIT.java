package org.dyad.cluster;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.dyad.SparkTestSession;
import org.dyad.TestPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Dyad on a real Spark standalone cluster, as a data engineer runs it: {@code
 * scripts/local-cluster} starts a master and two workers (their own JVMs, on 127.0.0.1, free
 * ports), {@code scripts/submit} submits the cluster jar built before the integration tests ({@code
 * jobs/target/dyad-jobs-cluster.jar}). The reports of cluster mode, and of a client-mode run that
 * loses a worker, equal a local run's row for row; a driver that fails makes {@code scripts/submit}
 * fail.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  /**
   * Reuters articles in the slice: enough for every stage (NER, dyads, topics), small enough for
   * CI.
   */
  static final int ARTICLES = 120;

  static Path dir;
  static Path clusterDir;
  static Path slice;
  static Path local;
  static String master;
  static String ui;

  @BeforeAll
  static void startCluster() throws Exception {
    Path sgm = TestPaths.sharedData("reuters21578/reut2-000.sgm");
    dir = Files.createTempDirectory("dyad-cluster-it");
    clusterDir = dir.resolve("cluster");
    slice = dir.resolve("slice");
    Files.createDirectories(slice);
    Files.write(
        slice.resolve("reut2-000-slice.sgm"), firstRecords(Files.readAllBytes(sgm), ARTICLES));
    int port = freePort();
    int uiPort = freePort();
    master = "spark://127.0.0.1:" + port;
    ui = "http://127.0.0.1:" + uiPort;
    Result start =
        run(
            List.of(
                script("local-cluster"),
                "start",
                "--workers",
                "2",
                "--cores",
                "2",
                "--memory",
                "4g",
                "--dir",
                clusterDir.toString()),
            Map.of(
                "DYAD_MASTER_PORT",
                String.valueOf(port),
                "DYAD_MASTER_UI_PORT",
                String.valueOf(uiPort)),
            5);
    assertEquals(0, start.status, start.output);
    assertTrue(
        Files.isRegularFile(TestPaths.repo().resolve("jobs/target/dyad-jobs-cluster.jar")),
        "the cluster jar is built before the integration tests");

    // The reference: the same input, run locally (scripts/dyad, the shipped NER model).
    local = dir.resolve("local");
    List<String> command = new ArrayList<>(List.of(script("dyad")));
    command.addAll(runSlice(local));
    Result r = run(command, Map.of(), 10);
    assertEquals(0, r.status, r.output);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (clusterDir == null) return;
    Result stop =
        run(List.of(script("local-cluster"), "stop", "--dir", clusterDir.toString()), Map.of(), 2);
    assertEquals(0, stop.status, stop.output);
    for (String pid : List.of("master.pid", "worker-1.pid", "worker-2.pid"))
      assertFalse(Files.exists(clusterDir.resolve(pid)), pid);
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  @Test
  @Order(1)
  void clusterModeWaitsForTheDriverAndGivesTheLocalRunsReports() throws Exception {
    Path out = dir.resolve("cluster-mode");
    Result r = submit("cluster", runSlice(out));
    assertEquals(0, r.status, r.output);
    assertTrue(r.output.contains("FINISHED"), r.output);
    assertTrue(
        r.output.contains("[dyad] done"),
        "the driver's progress lines, followed from its worker:\n" + r.output);
    assertSameReports(local, out);
  }

  @Test
  @Order(2)
  void aDriverThatFailsMakesSubmitFail() throws Exception {
    // without --master: scripts/submit takes the local cluster's, and says so
    List<String> command =
        new ArrayList<>(
            submitCommand(
                "cluster",
                List.of(
                    "run",
                    "--input",
                    dir.resolve("no-such-corpus").toString(),
                    "-o",
                    dir.resolve("failed").toString())));
    int m = command.indexOf("--master");
    command.remove(m + 1);
    command.remove(m);
    Result r = run(command, Map.of(), 15);
    assertTrue(r.output.contains("[submit] master " + master + " (no --master given)"), r.output);
    assertEquals(1, r.status, r.output);
    assertTrue(r.output.contains("FAILED"), r.output);
    assertTrue(r.output.contains("no-such-corpus"), "the driver's error is shown: " + r.output);
  }

  /**
   * Client mode, as most users submit: the run loses a worker in its NER stage and still finishes,
   * quietly, with the local run's reports (one run covers client mode and the lost worker: each run
   * here costs about 100 s of CI).
   */
  @Test
  @Order(3)
  void clientModeLosingAWorkerGivesTheLocalRunsReports() throws Exception {
    Path out = dir.resolve("worker-lost");
    List<String> command = new ArrayList<>(submitCommand("client", runSlice(out)));
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    StringBuilder output = new StringBuilder();
    boolean killed = false;
    try (var reader =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        output.append(line).append('\n');
        // in the middle of the run: when the mentions stage (NER on the executors) starts
        if (!killed && line.startsWith("[dyad] ner-model")) {
          killWorker(2);
          killed = true;
        }
      }
    }
    assertTrue(p.waitFor(15, TimeUnit.MINUTES));
    assertTrue(killed, "the run reached the NER stage:\n" + output);
    assertEquals(0, p.exitValue(), output.toString());
    assertTrue(
        output.toString().contains("[dyad] done"),
        "Dyad's progress lines reach the terminal:\n" + output);
    long lines = output.toString().lines().count();
    System.out.println("ClusterIT: client mode with a worker lost printed " + lines + " lines");
    assertTrue(
        lines < 80,
        "quiet under spark-submit, even when a worker is lost: " + lines + " lines\n" + output);
    assertSameReports(local, out);
  }

  /** Kills a worker the way a machine dies: its executors first, then the worker (kill -9). */
  static void killWorker(int n) throws Exception {
    String pid = Files.readString(clusterDir.resolve("worker-" + n + ".pid")).strip();
    ProcessHandle worker =
        ProcessHandle.of(Long.parseLong(pid))
            .orElseThrow(() -> new AssertionError("worker " + n + " is not running"));
    worker.descendants().forEach(ProcessHandle::destroyForcibly);
    worker.destroyForcibly();
    assertTrue(worker.onExit().get(30, TimeUnit.SECONDS).pid() > 0);
  }

  /**
   * Every table of two reports folders holds the same rows (as sets of sorted rows, with equal
   * counts).
   */
  static void assertSameReports(Path expected, Path actual) throws IOException {
    Map<String, Path> tables = new TreeMap<>();
    try (Stream<Path> s = Files.list(expected)) {
      s.filter(Files::isDirectory)
          .filter(
              d ->
                  !d.getFileName().toString().startsWith("_")
                      && !d.getFileName().toString().equals("report"))
          .forEach(d -> tables.put(d.getFileName().toString(), d));
    }
    assertTrue(tables.size() >= 15, "the run's tables: " + tables.keySet());
    for (String t : tables.keySet()) {
      assertTrue(Files.isDirectory(actual.resolve(t)), t + " in " + actual);
      Dataset<Row> a =
          comparable(SparkTestSession.get().read().parquet(expected.resolve(t).toString()));
      Dataset<Row> b =
          comparable(SparkTestSession.get().read().parquet(actual.resolve(t).toString()));
      assertEquals(a.count(), b.count(), t + ": rows");
      assertEquals(List.of(a.columns()), List.of(b.columns()), t + ": columns");
      assertEquals(0, a.exceptAll(b).count(), t + ": rows of the local run missing on the cluster");
      assertEquals(0, b.exceptAll(a).count(), t + ": rows of the cluster run not in the local run");
    }
  }

  /** Map columns as sorted arrays of entries: Spark compares no maps in set operations. */
  static Dataset<Row> comparable(Dataset<Row> d) {
    for (StructField f : d.schema().fields()) {
      if (f.dataType() instanceof MapType) {
        d =
            d.withColumn(
                f.name(), functions.array_sort(functions.map_entries(functions.col(f.name()))));
      }
    }
    return d;
  }

  /** Dyad's command for the slice, NER with the shipped model, into {@code out}. */
  static List<String> runSlice(Path out) {
    return List.of("run", "--input", slice.toString(), "--format", "reuters", "-o", out.toString());
  }

  static Result submit(String mode, List<String> dyad) throws Exception {
    Process p =
        new ProcessBuilder(submitCommand(mode, dyad))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String output = read(p.getInputStream());
    assertTrue(p.waitFor(15, TimeUnit.MINUTES), "scripts/submit finished");
    return new Result(p.exitValue(), output);
  }

  static List<String> submitCommand(String mode, List<String> dyad) {
    List<String> c =
        new ArrayList<>(
            List.of(
                "env",
                "DYAD_MASTER_UI=" + ui,
                "DYAD_LOCAL_CLUSTER_DIR=" + clusterDir,
                "DYAD_SUBMIT_START_TIMEOUT=300",
                script("submit"),
                "--master",
                master,
                "--deploy-mode",
                mode,
                "--driver-memory",
                "2g",
                "--executor-memory",
                "2g",
                "--"));
    c.addAll(dyad);
    return c;
  }

  record Result(int status, String output) {}

  static Result run(List<String> command, Map<String, String> env, int minutes) throws Exception {
    ProcessBuilder b =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    b.environment().putAll(env);
    Process p = b.start();
    String output = read(p.getInputStream());
    assertTrue(p.waitFor(minutes, TimeUnit.MINUTES), String.join(" ", command) + " finished");
    return new Result(p.exitValue(), output);
  }

  static String read(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static String script(String name) {
    return TestPaths.repo().resolve("scripts").resolve(name).toString();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  /**
   * The first n REUTERS records of an SGML file, with what comes before the first (the DOCTYPE
   * line): bytes as they are.
   */
  static byte[] firstRecords(byte[] sgm, int n) {
    String latin = new String(sgm, StandardCharsets.ISO_8859_1);
    int end = 0;
    for (int i = 0; i < n; i++) {
      int close = latin.indexOf("</REUTERS>", end);
      if (close < 0) break;
      end = close + "</REUTERS>".length();
    }
    return (latin.substring(0, end) + "\n").getBytes(StandardCharsets.ISO_8859_1);
  }
}
