package dev.manifestgen.contract;

/**
 * Where the operator's webhook server listens.
 *
 * @param port the port: a constant in the code, or the default of {@code portFlag}
 * @param portFlag the flag that sets the port; null when the port is fixed in code
 */
public record WebhookServer(Integer port, String portFlag) {}
