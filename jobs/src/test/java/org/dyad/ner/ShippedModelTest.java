package org.dyad.ner;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NER model ships in the jar and unpacks once into the cache. */
class ShippedModelTest {
  @TempDir Path dir;

  @Test
  void theModelIsInTheBuildAndPacksTheSameBytesEachTime() throws Exception {
    assertTrue(ShippedModel.available(), "models/dyad-ner.zip is on the classpath");
    Path model = dir.resolve("m");
    Files.createDirectories(model.resolve("metadata"));
    Files.writeString(model.resolve("metadata/part-00000"), "{}");
    Files.writeString(model.resolve("metadata/.part-00000.crc"), "crc");
    Path a = dir.resolve("a.zip");
    Path b = dir.resolve("b.zip");
    ShippedModel.pack(model, a);
    ShippedModel.pack(model, b);
    assertArrayEquals(
        Files.readAllBytes(a), Files.readAllBytes(b), "the same model gives the same archive");
    try (var zip = new ZipFile(a.toFile())) {
      assertNotNull(zip.getEntry("metadata/part-00000"));
      assertNull(zip.getEntry("metadata/.part-00000.crc"), "checksum files are left out");
    }
  }

  @Test
  void theShippedModelUnpacksToASparkPipelineFolder() throws Exception {
    Path unpacked = ShippedModel.unpack();
    assertTrue(
        Files.isDirectory(unpacked.resolve("metadata"))
            && Files.isDirectory(unpacked.resolve("stages")),
        unpacked.toString());
    assertTrue(NerTraining.isOwnModel(unpacked), "it carries its metrics file");
    assertEquals(unpacked, ShippedModel.unpack(), "unpacked once, then reused");
  }
}
