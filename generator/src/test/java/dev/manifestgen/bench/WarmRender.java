package dev.manifestgen.bench;

import dev.manifestgen.cli.Inputs;
import dev.manifestgen.cli.Project;
import dev.manifestgen.render.Release;
import dev.manifestgen.render.Renderer;
import dev.manifestgen.values.Values;
import dev.manifestgen.values.ValuesRequest;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * In-process figure: one render of every manifest template (jinjava, then the YAML split and
 * install order) with the all-in-one values, timed after a warm-up, in one JVM.
 * Usage: WarmRender PROJECT_ROOT [WARMUP_SECONDS] [RUNS]. Prints "median min max" in ms.
 */
public final class WarmRender {
  private WarmRender() {}

  public static void main(String[] args) throws Exception {
    Inputs inputs = new Inputs(new Project(Path.of(args[0]).toAbsolutePath().normalize()));
    double warmupSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 5;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    Renderer renderer = inputs.renderer();
    Values values = inputs.valuesLoader().load(ValuesRequest.profile("all-in-one"));
    int objects = 0;
    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    while (System.nanoTime() < warmupEnd) {
      objects = renderer.render(values, Release.DEFAULT).size();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      objects = renderer.render(values, Release.DEFAULT).size();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    if (objects == 0) {
      throw new IllegalStateException("rendered no objects");
    }
    System.out.printf(java.util.Locale.ROOT, "%.3f %.3f %.3f%n", ms[runs / 2], ms[0], ms[runs - 1]);
  }
}
