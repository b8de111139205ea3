package no.kurer.sandbox.sender.control;

/** A file in an ASiC-E container: its name (relative path), media type and content. */
public record AsicFile(String name, String mimeType, byte[] content) {}
