package org.dyad.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * k-means with cosine distance on unit vectors held in memory (spherical k-means): each point goes
 * to the centre of highest dot product (the lower index on a tie), each centre is the unit mean of
 * its points, and a cluster left empty keeps its centre; starts by k-means++ (each next start drawn
 * with probability proportional to the squared cosine distance to the nearest start chosen); stops
 * when no centre moves more than {@link #TOLERANCE} (Euclidean) or after the given iterations. The
 * cost is Spark's for cosine distance: the sum over points of 1 - cos(point, its centre).
 *
 * <p>The topic model runs it on the driver when the stories' LSA vectors fit there ({@link
 * TopicModel}): on 1,000 stories Spark's KMeans spent about 4 s in 80 small jobs per start, and its
 * result depended on how the data was partitioned; this depends on the points' order and the seed
 * alone.
 */
final class SphericalKMeans {
  private SphericalKMeans() {}

  /** Spark's KMeans default. */
  static final double TOLERANCE = 1e-4;

  /**
   * @param centres k unit centres
   * @param assignment each point's cluster
   * @param cost sum of 1 - cos(point, centre)
   */
  record Result(double[][] centres, int[] assignment, double cost, int iterations) {}

  /**
   * The best of {@code starts} runs by cost (the first of equal costs), run in parallel on up to
   * the given threads; each run's seed is the next long of {@code new Random(seed)}, as the runs of
   * Spark's KMeans in {@link TopicModel} took theirs.
   */
  static Result best(
      double[][] points, int k, int maxIterations, long seed, int starts, int threads) {
    Random seeds = new Random(seed);
    long[] runSeeds = new long[starts];
    for (int i = 0; i < starts; i++) runSeeds[i] = seeds.nextLong();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(threads, starts)),
            r -> {
              Thread t = new Thread(r, "dyad-kmeans");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Result>> runs = new ArrayList<>();
      for (long s : runSeeds) runs.add(pool.submit(() -> fit(points, k, maxIterations, s)));
      Result best = null;
      for (Future<Result> run : runs) {
        Result r = run.get();
        if (best == null || r.cost() < best.cost()) best = r;
      }
      return best;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("k-means interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("k-means failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One run from a k-means++ start. Needs at least one point; k is capped at the number of points.
   */
  static Result fit(double[][] points, int k, int maxIterations, long seed) {
    int n = points.length;
    if (n == 0) throw new IllegalArgumentException("k-means needs at least one point");
    int dims = points[0].length;
    double[][] centres = start(points, Math.min(k, n), new Random(seed));
    int[] assignment = new int[n];
    int iteration = 0;
    boolean moved = true;
    while (moved && iteration < maxIterations) {
      iteration++;
      assign(points, centres, assignment);
      double[][] sums = new double[centres.length][dims];
      for (int i = 0; i < n; i++) {
        double[] sum = sums[assignment[i]];
        double[] p = points[i];
        for (int d = 0; d < dims; d++) sum[d] += p[d];
      }
      moved = false;
      for (int c = 0; c < centres.length; c++) {
        double[] next = unit(sums[c]);
        if (next == null) continue; // empty (or cancelled out): the centre stays
        if (distance(next, centres[c]) > TOLERANCE) moved = true;
        centres[c] = next;
      }
    }
    double cost = assign(points, centres, assignment);
    return new Result(centres, assignment, cost, iteration);
  }

  /**
   * k-means++ starts with cosine distance; when every point sits on a start, the next points in
   * order.
   */
  static double[][] start(double[][] points, int k, Random random) {
    int n = points.length;
    double[][] centres = new double[k][];
    boolean[] chosen = new boolean[n];
    int first = random.nextInt(n);
    centres[0] = points[first].clone();
    chosen[first] = true;
    double[] nearest = new double[n];
    for (int i = 0; i < n; i++) nearest[i] = cosineDistance(points[i], centres[0]);
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (int i = 0; i < n; i++) total += nearest[i] * nearest[i];
      int pick = -1;
      if (total > 0) {
        double r = random.nextDouble() * total;
        for (int i = 0; i < n; i++) {
          double w = nearest[i] * nearest[i];
          if (w == 0) continue;
          pick = i;
          r -= w;
          if (r < 0) break;
        }
      } else {
        for (int i = 0; i < n && pick < 0; i++) if (!chosen[i]) pick = i;
      }
      centres[c] = points[pick].clone();
      chosen[pick] = true;
      for (int i = 0; i < n; i++)
        nearest[i] = Math.min(nearest[i], cosineDistance(points[i], centres[c]));
    }
    return centres;
  }

  /** Assigns every point its nearest centre; returns the cost. */
  static double assign(double[][] points, double[][] centres, int[] assignment) {
    double cost = 0;
    for (int i = 0; i < points.length; i++) {
      int best = 0;
      double bestDot = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < centres.length; c++) {
        double dot = dot(points[i], centres[c]);
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      assignment[i] = best;
      cost += 1 - bestDot;
    }
    return cost;
  }

  /** 1 - cos(a, b) for unit vectors, never below 0. */
  static double cosineDistance(double[] a, double[] b) {
    return Math.max(0, 1 - dot(a, b));
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  private static double distance(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
    return Math.sqrt(s);
  }

  /** x scaled to unit length, or null for a zero vector. */
  static double[] unit(double[] x) {
    double norm = Math.sqrt(dot(x, x));
    if (norm == 0) return null;
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) out[i] = x[i] / norm;
    return out;
  }
}
