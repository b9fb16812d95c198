package org.grounded.io.project;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A second Java process running a test main class, as a second Grounded (or one that crashes) would be. */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final BufferedReader output;
    private final PrintStream input;
    private final Path errorLog;

    private ChildJvm(Process process, Path errorLog) {
        this.process = process;
        this.errorLog = errorLog;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.input = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Starts {@code main} with this JVM's class path; its standard error goes to {@code errorLog}. */
    public static ChildJvm start(Path errorLog, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dfile.encoding=UTF-8",
                main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(errorLog.toFile()).start();
        return new ChildJvm(process, errorLog);
    }

    long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Reads the child's output up to a line that starts with {@code prefix}, and returns that line. */
    public String awaitLine(String prefix) throws IOException {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("The child process ended without printing '" + prefix + "'; its errors:\n" + errors());
    }

    void send(String line) {
        input.println(line);
    }

    /** Kills the child the way a crash or a power cut would: no shutdown hooks, no closing of files. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public String errors() {
        try {
            return Files.readString(errorLog);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
