package org.dyad.topics;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SphericalKMeansTest {
  /** n unit points scattered around each of the given directions. */
  private static double[][] around(double[][] directions, int n, double noise, long seed) {
    Random random = new Random(seed);
    double[][] points = new double[directions.length * n][];
    for (int i = 0; i < points.length; i++) {
      double[] d = directions[i % directions.length];
      double[] p = new double[d.length];
      for (int j = 0; j < d.length; j++) p[j] = d[j] + noise * random.nextGaussian();
      points[i] = SphericalKMeans.unit(p);
    }
    return points;
  }

  private static final double[][] AXES = {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};

  @Test
  void findsSeparatedDirections() {
    double[][] points = around(AXES, 50, 0.1, 7);
    SphericalKMeans.Result r = SphericalKMeans.best(points, 4, 40, 1, 5, 2);
    // points i and i + 4m come from the same axis: they share a cluster, and the four clusters
    // differ
    for (int i = 0; i < points.length; i++)
      assertEquals(r.assignment()[i % 4], r.assignment()[i], "point " + i);
    assertEquals(4, Arrays.stream(r.assignment()).distinct().count());
    for (double[] c : r.centres()) {
      assertEquals(1.0, Math.sqrt(SphericalKMeans.dot(c, c)), 1e-12, "unit centres");
      assertTrue(
          Arrays.stream(c).max().getAsDouble() > 0.95,
          "each centre near an axis: " + Arrays.toString(c));
    }
  }

  @Test
  void theCostIsTheSumOfCosineDistancesToTheAssignedCentres() {
    double[][] points = around(AXES, 20, 0.4, 3);
    SphericalKMeans.Result r = SphericalKMeans.fit(points, 3, 40, 9);
    double cost = 0;
    for (int i = 0; i < points.length; i++) {
      cost += 1 - SphericalKMeans.dot(points[i], r.centres()[r.assignment()[i]]);
      for (double[] c : r.centres()) {
        assertTrue(
            SphericalKMeans.dot(points[i], c)
                <= SphericalKMeans.dot(points[i], r.centres()[r.assignment()[i]]),
            "nearest centre");
      }
    }
    assertEquals(cost, r.cost(), 1e-9);
  }

  @Test
  void theBestStartIsKeptAndTheResultDependsOnTheSeedAloneNotOnThreads() {
    double[][] points = around(AXES, 30, 0.6, 5);
    SphericalKMeans.Result one = SphericalKMeans.best(points, 6, 40, 11, 5, 1);
    SphericalKMeans.Result two = SphericalKMeans.best(points, 6, 40, 11, 5, 2);
    assertArrayEquals(one.assignment(), two.assignment());
    for (int c = 0; c < one.centres().length; c++)
      assertArrayEquals(one.centres()[c], two.centres()[c], 0.0);
    Random seeds = new Random(11);
    for (int s = 0; s < 5; s++)
      assertTrue(
          one.cost() <= SphericalKMeans.fit(points, 6, 40, seeds.nextLong()).cost(), "start " + s);
  }

  @Test
  void moreClustersThanDistinctPointsAndFewerPointsThanClusters() {
    double[][] same = {{1, 0}, {1, 0}, {1, 0}, {0, 1}};
    SphericalKMeans.Result r = SphericalKMeans.fit(same, 3, 10, 1);
    assertEquals(3, r.centres().length, "duplicates become starts when nothing else is left");
    assertEquals(0.0, r.cost(), 1e-12);
    assertEquals(
        2,
        SphericalKMeans.fit(new double[][] {{1, 0}, {0, 1}}, 5, 10, 1).centres().length,
        "k capped at the points");
    assertThrows(
        IllegalArgumentException.class, () -> SphericalKMeans.fit(new double[0][], 2, 10, 1));
  }
}
