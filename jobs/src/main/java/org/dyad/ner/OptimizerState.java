package org.dyad.ner;

import com.google.protobuf.InvalidProtocolBufferException;
import com.johnsnowlabs.ml.tensorflow.TensorflowWrapper;
import com.johnsnowlabs.nlp.annotators.ner.dl.NerDLModel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.ndarray.NdArrays;
import org.tensorflow.proto.framework.DataType;
import org.tensorflow.proto.framework.GraphDef;
import org.tensorflow.proto.framework.NodeDef;
import org.tensorflow.types.TFloat32;
import scala.Option;

/**
 * A trained NerDL model carries its optimizer's state: Adam's two moment estimates for every
 * weight, twice the size of the weights themselves, which inference never reads. Resetting them to
 * zeros (with the graph's own initializer ops) leaves every prediction as it was and lets the saved
 * model compress to a third: the difference between a 31 MB and a 22 MB model (models/dyad-ner.md).
 */
public final class OptimizerState {
  private OptimizerState() {}

  /**
   * The initializer of an Adam moment variable: "<weight>/Adam/Assign" and
   * "<weight>/Adam_1/Assign".
   */
  private static final Pattern ADAM_SLOT_INIT = Pattern.compile(".*/Adam(_1)?/Assign");

  /**
   * Zeroes the Adam moments of the model's TensorFlow session; returns how many variables were
   * reset. Each is set by its initializer's Assign op, fed a tensor of zeros of the variable's
   * shape (some initializers compute their shape from inputs that only training feeds).
   */
  public static int reset(NerDLModel model) {
    TensorflowWrapper tf = model.getModelIfNotSet().tensorflow();
    GraphDef graph;
    try {
      graph = GraphDef.parseFrom(tf.graph());
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("Cannot read the NER model's TensorFlow graph", e);
    }
    List<NodeDef> initializers = new ArrayList<>();
    for (NodeDef node : graph.getNodeList()) {
      if ("Assign".equals(node.getOp())
          && ADAM_SLOT_INIT.matcher(node.getName()).matches()
          && node.getInputCount() == 2) initializers.add(node);
    }
    Session session = tf.getTFSession(Option.empty());
    for (NodeDef assign : initializers) {
      try (Tensor current = session.runner().fetch(assign.getInput(0)).run().get(0)) {
        if (current.dataType() != DataType.DT_FLOAT) continue;
        try (TFloat32 zeros = TFloat32.tensorOf(NdArrays.ofFloats(current.shape()))) {
          session.runner().feed(assign.getInput(1), zeros).addTarget(assign.getName()).run();
        }
      }
    }
    return initializers.size();
  }
}
