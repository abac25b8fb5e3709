/** The floor: the cheapest thing a fresh JVM can do. */
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello world");
  }
}
