package hallq.bench;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything the bench must undo (child processes, event loops, temp dirs), undone in reverse order exactly
 * once: at the end of main, or from the shutdown hook on Ctrl-C, SIGTERM, the watchdog or an uncaught failure.
 */
final class Cleanup {
    private final Deque<Runnable> actions = new ArrayDeque<>();
    private boolean done;

    Cleanup() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::runAll, "bench-cleanup"));
    }

    synchronized void add(Runnable action) {
        if (done) {
            action.run();
            return;
        }
        actions.push(action);
    }

    synchronized void runAll() {
        if (done) {
            return;
        }
        done = true;
        while (!actions.isEmpty()) {
            try {
                actions.pop().run();
            } catch (RuntimeException e) {
                System.err.println("cleanup: " + e);
            }
        }
    }

    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("cleanup: could not delete " + root + ": " + e.getMessage());
        }
    }
}
