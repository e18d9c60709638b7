package org.saraban.intake.web;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Who may use the server. A request from this machine is let in when it names this machine as its
 * host (so a web page elsewhere cannot reach it by pointing a name at 127.0.0.1); a request from
 * anywhere else needs the configured token, and with no token configured nobody else is let in.
 * Immutable and thread-safe.
 */
public record AccessPolicy(String token) {
    public enum Decision {
        ALLOW,
        /** Remote access is off: no token is configured. */
        REMOTE_ACCESS_OFF,
        /** A token is needed and none, or a wrong one, was given. */
        TOKEN_REQUIRED
    }

    public AccessPolicy {
        token = token == null || token.isBlank() ? null : token.strip();
    }

    public boolean hasToken() {
        return token != null;
    }

    /**
     * @param remote the peer's address
     * @param host the request's Host header, or null
     * @param presented the token the request carries, or null
     */
    public Decision check(InetAddress remote, String host, String presented) {
        if (token != null && presented != null && sameToken(presented)) {
            return Decision.ALLOW;
        }
        if (remote.isLoopbackAddress() && isLoopbackName(host)) {
            return Decision.ALLOW;
        }
        return token == null ? Decision.REMOTE_ACCESS_OFF : Decision.TOKEN_REQUIRED;
    }

    private boolean sameToken(String presented) {
        // Constant time, so the token cannot be guessed one character at a time.
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    static boolean isLoopbackName(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(1, end);
        } else if (h.indexOf(':') == h.lastIndexOf(':') && h.contains(":")) {
            h = h.substring(0, h.indexOf(':'));
        }
        return h.equals("localhost") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
    }
}
