package org.saraban.intake.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** Folder chores of inbox tests: deliver files the way scanners do, and wait for the pipeline. */
public final class Folders {
    private Folders() {}

    /** Copies one of the real letter texts of {@code src/test/resources/letters/} to {@code target}. */
    public static Path letter(String name, Path target) throws IOException {
        try (InputStream in = Folders.class.getResourceAsStream("/letters/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    /** Writes under a name the route ignores, then renames: how a careful scanner delivers. */
    public static Path dropInto(Path inbox, Path file) throws IOException {
        return dropInto(inbox, file, file.getFileName().toString());
    }

    public static Path dropInto(Path inbox, Path file, String name) throws IOException {
        Path part = inbox.resolve(name + ".part");
        Files.copy(file, part);
        return Files.move(part, inbox.resolve(name));
    }

    public static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    public static List<Path> listRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Polls {@code condition} every 100 ms for up to {@code seconds}, then asserts it. */
    public static void await(int seconds, String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    public static boolean isEmpty(Path dir) {
        try {
            return list(dir).isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Files in {@code dir} (recursively) whose name ends with {@code suffix}. */
    public static long count(Path dir, String suffix) {
        try {
            return listRecursively(dir).stream().filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
