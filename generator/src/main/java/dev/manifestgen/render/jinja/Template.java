package dev.manifestgen.render.jinja;

import java.util.List;

/** A parsed template: its tokens and the node tree over them. */
public record Template(String path, List<Token> tokens, List<Node> nodes) {

  public Token token(int index) {
    return tokens.get(index);
  }
}
