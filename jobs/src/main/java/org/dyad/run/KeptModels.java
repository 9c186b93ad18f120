package org.dyad.run;

/**
 * Where a run's fitted models (the topic model, the actor merges' decisions) come from: the reports
 * that keep the ones it applies ({@code source}: an append run's own output folder, or {@code
 * --models-from}), or null to fit its own; whether kept models that cannot be used are an error
 * ({@code --models-from}) or a reason to fit again (an append run); and this run's id and start,
 * which models it fits are kept with.
 */
public record KeptModels(Append.Previous source, boolean required, String runId, String started) {
  /** A run that fits its own models. */
  public static KeptModels fit(String runId, String started) {
    return new KeptModels(null, false, runId, started);
  }

  /** The folder of the reports that keep the models, or null. */
  public String keptIn() {
    return source == null ? null : source.output();
  }
}
