package org.grounded.ui.instance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.grounded.files.AtomicFileWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a file from a second start of Grounded to the window already running, so that a double
 * click on a study while Grounded runs opens it there (as File → Open would) instead of in a
 * second window that the first one's lock would refuse.
 *
 * <p>The running window listens on a socket of the loopback interface only, on a port the system
 * chooses, and writes the port and a random token to {@value #FILE_NAME} in the user's config
 * folder (readable by that user alone). A second start reads the file, connects, and sends the
 * token and the file's absolute path, nothing else; the window answers {@code OK} and opens it.
 * A connection without the token is dropped, so another user of the machine, or a stale file whose
 * port another program took, cannot send a path. No file, or no one listening on its port: no
 * window runs, and the second start opens its own.
 */
public final class SingleInstance implements AutoCloseable {

    public static final String FILE_NAME = "instance.port";
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final String GREETING = "GROUNDED-OPEN 1";
    private static final String ACCEPTED = "OK";
    private static final int MAX_LINE = 8192;
    private static final int READ_TIMEOUT_MS = 3000;

    /** What came of trying to hand a file over. */
    public enum Outcome {
        /** The running window took the file. */
        HANDED_OVER,
        /** No window is running (no file, or no one listens on its port). */
        NONE_RUNNING,
        /** A window seems to run but did not take the file; {@link HandOver#reason} says why. */
        FAILED
    }

    /** The outcome of a hand-over and, when it failed, why (one line). */
    public record HandOver(Outcome outcome, String reason) {
    }

    private final ServerSocket server;
    private final Path portFile;
    private final String token;
    private final ExecutorService listener;

    private SingleInstance(ServerSocket server, Path portFile, String token, Consumer<Path> open) {
        this.server = server;
        this.portFile = portFile;
        this.token = token;
        // A thread of its own, not the task executor's: accept() waits for the whole run.
        this.listener = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "grounded-single-instance");
            thread.setDaemon(true);
            return thread;
        });
        listener.execute(() -> acceptLoop(open));
    }

    /**
     * Starts listening for files from later starts and says so in {@code folder}.
     *
     * @param open hears each file handed over, on the listening thread (the window moves it to its own)
     */
    public static SingleInstance listen(Path folder, Consumer<Path> open) throws IOException {
        Objects.requireNonNull(open);
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            String token = HexFormat.of().formatHex(secret);
            Files.createDirectories(folder);
            Path portFile = folder.resolve(FILE_NAME);
            byte[] content = (server.getLocalPort() + " " + token + "\n").getBytes(StandardCharsets.US_ASCII);
            AtomicFileWriter.withoutBackup().write(portFile, out -> out.write(content));
            ownerOnly(portFile);
            return new SingleInstance(server, portFile, token, open);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The port the window listens on (tests). */
    public int port() {
        return server.getLocalPort();
    }

    /**
     * Hands {@code file} to the window running for {@code folder}'s settings, if one runs.
     *
     * @param timeout how long to wait for the window's answer
     */
    public static HandOver handOver(Path folder, Path file, Duration timeout) {
        Path portFile = folder.resolve(FILE_NAME);
        Optional<String[]> entry = readPortFile(portFile);
        if (entry.isEmpty()) {
            return new HandOver(Outcome.NONE_RUNNING, "");
        }
        int port = Integer.parseInt(entry.get()[0]);
        String token = entry.get()[1];
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write((GREETING + "\n" + token + "\n" + file.toAbsolutePath().normalize() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = readLine(new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8)));
            return ACCEPTED.equals(answer) ? new HandOver(Outcome.HANDED_OVER, "")
                    : new HandOver(Outcome.FAILED, "the running window answered '" + answer + "'"); // NON-NLS: the launcher's English line
        } catch (ConnectException e) {
            // The window that wrote the file has gone (a crash leaves it behind).
            return new HandOver(Outcome.NONE_RUNNING, "");
        } catch (IOException e) {
            return new HandOver(Outcome.FAILED, "the running window did not answer on port " + port + " (" // NON-NLS: launcher
                    + e.getMessage() + ")");
        }
    }

    private static Optional<String[]> readPortFile(Path portFile) {
        try {
            List<String> lines = Files.readAllLines(portFile, StandardCharsets.US_ASCII);
            String[] parts = lines.isEmpty() ? new String[0] : lines.get(0).strip().split(" ");
            if (parts.length == 2 && parts[0].matches("[0-9]{1,5}") && Integer.parseInt(parts[0]) <= 65535
                    && parts[1].matches("[0-9a-f]{32}")) {
                return Optional.of(parts);
            }
            LOG.warn("{}: not a port and token; taken as no running window", portFile);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void acceptLoop(Consumer<Path> open) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(READ_TIMEOUT_MS);
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                String greeting = readLine(in);
                String sentToken = readLine(in);
                String path = readLine(in);
                if (!GREETING.equals(greeting) || !MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                        sentToken.getBytes(StandardCharsets.US_ASCII))) {
                    LOG.warn("A connection to the single-instance port without Grounded's token was dropped");
                    continue;
                }
                Path file = Path.of(path);
                socket.getOutputStream().write((ACCEPTED + "\n").getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
                LOG.info("Opening {} handed over by a second start", file);
                open.accept(file);
            } catch (SocketException e) {
                if (!server.isClosed()) {
                    LOG.warn("The single-instance port failed", e);
                }
            } catch (IOException | InvalidPathException e) {
                LOG.warn("A file handed over could not be read: {}", e.getMessage());
            } catch (RuntimeException e) {
                LOG.warn("Opening a file handed over failed", e);
            }
        }
    }

    /** One line of at most {@value #MAX_LINE} characters, "" at the end of the stream. */
    private static String readLine(Reader in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (line.length() >= MAX_LINE) {
                throw new IOException("line too long");
            }
            line.append((char) c);
        }
        return line.toString();
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Windows: the config folder under %APPDATA% is the user's own already.
        }
    }

    /** Stops listening and removes the port file if it is still this window's. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("Closing the single-instance port", e);
        }
        listener.shutdownNow();
        try {
            if (readPortFile(portFile).map(parts -> parts[1].equals(token)).orElse(false)) {
                Files.deleteIfExists(portFile);
            }
        } catch (IOException e) {
            LOG.debug("Removing {}", portFile, e);
        }
    }
}
