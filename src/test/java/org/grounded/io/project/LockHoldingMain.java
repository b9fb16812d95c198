package org.grounded.io.project;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A second Grounded for {@link ProjectLockTest}: each line "lock" on standard input tries to take
 * the lock of the project named in the first argument, answering "locked" or "refused MESSAGE";
 * "release" lets it go. The end of input ends the process.
 */
public final class LockHoldingMain {

    private LockHoldingMain() {
    }

    public static void main(String[] args) throws Exception {
        Path projectFile = Path.of(args[0]);
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ProjectLock lock = null;
        System.out.println("ready");
        for (String command = commands.readLine(); command != null; command = commands.readLine()) {
            if (command.equals("lock")) {
                try {
                    lock = ProjectLock.acquire(projectFile);
                    System.out.println("locked");
                } catch (ProjectLockedException e) {
                    System.out.println("refused " + e.getMessage());
                }
            } else if (command.equals("release") && lock != null) {
                lock.close();
                lock = null;
                System.out.println("released");
            }
            System.out.flush();
        }
        if (lock != null) {
            lock.close();
        }
    }
}
