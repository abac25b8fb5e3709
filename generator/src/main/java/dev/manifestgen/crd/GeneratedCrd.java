package dev.manifestgen.crd;

import java.util.Map;

/**
 * One generated CustomResourceDefinition.
 *
 * @param fileName its file in controller-gen's layout: {@code <group>_<plural>.yaml}
 * @param tree the object as a tree of maps and lists
 * @param yaml the file's text: a document start, then the object with its keys sorted
 */
public record GeneratedCrd(String fileName, Map<String, Object> tree, String yaml) {}
