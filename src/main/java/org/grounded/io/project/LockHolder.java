package org.grounded.io.project;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who holds a project lock: written into the lock file so that a second Grounded can tell the user
 * where the project is open. {@code token} tells one acquisition from another.
 */
public record LockHolder(long pid, String host, Instant since, String token) {

    private static final DateTimeFormatter TIME_TODAY = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TIME_OTHER_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public LockHolder {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(token, "token");
    }

    /** This process, now. */
    static LockHolder current() {
        return new LockHolder(ProcessHandle.current().pid(), localHost(), Instant.now(), UUID.randomUUID().toString());
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "an unknown host";
        }
    }

    /** "process 1234 on host x, since 10:42" (the date is added when it was not today). */
    public String describe(ZoneId zone) {
        return "process " + pid + " on host " + host + ", since " + sinceText(zone);
    }

    /** "10:42" today, "2026-11-21 10:42" on another day. */
    public String sinceText(ZoneId zone) {
        ZonedDateTime local = since.atZone(zone);
        boolean today = local.toLocalDate().equals(LocalDate.now(zone));
        return (today ? TIME_TODAY : TIME_OTHER_DAY).format(local);
    }

    /** The lock file's text: one {@code key=value} per line, readable by a person too. */
    String toText() {
        return "pid=" + pid + "\nhost=" + host + "\nsince=" + since + "\ntoken=" + token + "\n";
    }

    static Optional<LockHolder> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        text.lines().forEach(line -> {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        });
        String pid = values.get("pid");
        String host = values.get("host");
        String since = values.get("since");
        if (pid == null || host == null || since == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new LockHolder(Long.parseLong(pid), host, Instant.parse(since), values.getOrDefault("token", "")));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
