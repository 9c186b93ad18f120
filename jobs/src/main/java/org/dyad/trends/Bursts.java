package org.dyad.trends;

/**
 * Kleinberg's two-state burst automaton for counts arriving in batches (Kleinberg 2002, "Bursty and
 * hierarchical structure in streams", section 4). Period t has d[t] articles, r[t] of them on the
 * topic. The base state emits on-topic articles at the topic's overall rate p0 = sum(r) / sum(d),
 * the burst state at p1 = scale * p0. A period costs -ln P(r[t] | d[t], p) in the state it is in
 * (the binomial coefficient is the same in both states and drops out); entering the burst state
 * costs gamma * ln(n) for n periods, leaving it is free. The cheapest state sequence (Viterbi)
 * marks the bursts.
 */
public final class Bursts {
  private Bursts() {}

  /** Whether each period is in a burst. Periods with no articles cost nothing in either state. */
  public static boolean[] detect(long[] r, long[] d, double scale, double gamma) {
    int n = r.length;
    if (d.length != n) throw new IllegalArgumentException("r and d differ in length");
    boolean[] burst = new boolean[n];
    long rs = 0, ds = 0;
    for (int t = 0; t < n; t++) {
      if (r[t] < 0 || d[t] < r[t])
        throw new IllegalArgumentException("need 0 <= r <= d at period " + t);
      rs += r[t];
      ds += d[t];
    }
    if (n == 0 || rs == 0 || ds == 0) return burst;
    double p0 = (double) rs / ds;
    double p1 = Math.min(scale * p0, 1 - 1e-9);
    if (p1 <= p0) return burst;
    double up = gamma * StrictMath.log(Math.max(n, 2));

    double[] cost = {0, up};
    int[][] from = new int[n][2];
    for (int t = 0; t < n; t++) {
      double c0 = emission(r[t], d[t], p0);
      double c1 = emission(r[t], d[t], p1);
      double stay0 = cost[0], enter0 = cost[1];
      double enter1 = cost[0] + up, stay1 = cost[1];
      double[] next = new double[2];
      if (stay0 <= enter0) {
        next[0] = stay0 + c0;
        from[t][0] = 0;
      } else {
        next[0] = enter0 + c0;
        from[t][0] = 1;
      }
      if (stay1
          < enter1) { // on a tie, the burst starts as late as it can: an empty period is not a
        // burst
        next[1] = stay1 + c1;
        from[t][1] = 1;
      } else {
        next[1] = enter1 + c1;
        from[t][1] = 0;
      }
      cost = next;
    }
    int state = cost[0] <= cost[1] ? 0 : 1;
    for (int t = n - 1; t >= 0; t--) {
      burst[t] = state == 1;
      state = from[t][state];
    }
    return burst;
  }

  private static double emission(long r, long d, double p) {
    if (d == 0) return 0;
    return -(r * StrictMath.log(p) + (d - r) * StrictMath.log1p(-p));
  }
}
