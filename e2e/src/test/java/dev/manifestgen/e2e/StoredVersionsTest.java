package dev.manifestgen.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cluster whose Kibana CRD once stored v1alpha1 (status.storedVersions lists it) takes the committed
 * CRD, which keeps v1alpha1 unserved (config/crds.yaml keptVersions), and refuses the same CRD without it.
 */
@ExtendWith(ClusterExtension.class)
class StoredVersionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CRD = "kibanas.kibana.k8s.elastic.co";

  @Test
  void aCrdThatStoredV1alpha1TakesTheCommittedCrdAndRefusesOneWithoutIt(Cluster cluster, @TempDir Path dir)
      throws Exception {
    Path committed = cluster.projectRoot().resolve("config/crds/kibana.k8s.elastic.co_kibanas.yaml");
    Processes.Result asJson = cluster.kubectl("create", "--dry-run=client", "-o", "json", "-f", committed.toString());
    assertTrue(asJson.ok(), asJson::describe);
    ObjectNode crd = (ObjectNode) JSON.readTree(asJson.stdout());

    // The CRD as it was when v1alpha1 was the stored version.
    ObjectNode old = crd.deepCopy();
    for (var v : (ArrayNode) old.path("spec").path("versions")) {
      boolean alpha = v.path("name").asText().equals("v1alpha1");
      ((ObjectNode) v).put("served", true).put("storage", alpha);
    }
    ok(cluster.kubectl("delete", "crd", CRD, "--ignore-not-found", "--timeout=120s"));
    Path oldFile = Files.writeString(dir.resolve("old.json"), JSON.writeValueAsString(old));
    ok(cluster.kubectl("create", "-f", oldFile.toString()));
    ok(cluster.kubectl("wait", "--for", "condition=Established", "--timeout=60s", "crd/" + CRD));
    assertTrue(storedVersions(cluster).contains("v1alpha1"), storedVersions(cluster));

    // Without the kept version the API server refuses the new CRD.
    ObjectNode dropped = crd.deepCopy();
    ArrayNode versions = (ArrayNode) dropped.path("spec").path("versions");
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (versions.get(i).path("name").asText().equals("v1alpha1")) {
        versions.remove(i);
      }
    }
    Path droppedFile = Files.writeString(dir.resolve("dropped.json"), JSON.writeValueAsString(dropped));
    Processes.Result refused = cluster.kubectl("apply", "-f", droppedFile.toString());
    assertFalse(refused.ok(), refused::describe);
    assertTrue(refused.stderr().contains("storedVersions"), refused::describe);

    // The committed CRD keeps it: taken, v1 now stores, v1alpha1 stays listed until migrated.
    ok(cluster.kubectl("apply", "-f", committed.toString()));
    Processes.Result storage = cluster.kubectl("get", "crd", CRD, "-o",
        "jsonpath={range .spec.versions[*]}{.name}={.served}/{.storage} {end}");
    ok(storage);
    assertEquals("v1=true/true v1beta1=true/false v1alpha1=false/false ", storage.stdout());
    assertTrue(storedVersions(cluster).contains("v1alpha1"), storedVersions(cluster));
  }

  private static String storedVersions(Cluster cluster) {
    Processes.Result r = cluster.kubectl("get", "crd", CRD, "-o", "jsonpath={.status.storedVersions}");
    ok(r);
    return r.stdout();
  }

  private static void ok(Processes.Result r) {
    assertTrue(r.ok(), r::describe);
  }
}
