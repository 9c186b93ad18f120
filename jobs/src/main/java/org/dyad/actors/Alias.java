package org.dyad.actors;

import java.io.Serializable;

/**
 * A surface form of an actor. {@code plural}: also matches with a plural -s/-es (Phoenix names
 * without a final "_").
 */
public record Alias(String text, AliasKind kind, boolean plural) implements Serializable {}
