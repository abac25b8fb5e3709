package dev.manifestgen.contract;

/**
 * One command-line flag.
 *
 * @param name the flag's name, without dashes
 * @param type its pflag type
 * @param defaultValue the default as pflag prints it (Go's String() of the value); null when unknown
 * @param hidden marked hidden (MarkHidden), still accepted
 */
public record Flag(String name, FlagType type, String defaultValue, boolean hidden) {}
