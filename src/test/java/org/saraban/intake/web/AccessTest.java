package org.saraban.intake.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who gets in, tested with real connections: from this machine, from another address, with and without the token. */
class AccessTest {
    @TempDir Path root;

    /** A raw HTTP/1.1 request, so the Host header and the source address are ours to choose. */
    static String exchange(InetAddress to, int port, String host, String path, String... headers) throws IOException {
        try (Socket socket = new Socket(to, port)) {
            StringBuilder req = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
            for (String h : headers) {
                req.append(h).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(req.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    /** An address of this machine that is not loopback, so a request to it comes from "another" address. */
    static Optional<InetAddress> lanAddress() throws IOException {
        for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nif.isUp() && !nif.isLoopback()) {
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (a instanceof Inet4Address) {
                        return Optional.of(a);
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void localRequestsMustNameThisMachine() throws Exception {
        try (TestServer server = new TestServer(root, "127.0.0.1", null)) {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            assertEquals(200, status(exchange(loopback, server.port, "127.0.0.1:" + server.port, "/api/search?q=INFO")));
            assertEquals(200, status(exchange(loopback, server.port, "localhost:" + server.port, "/")));
            // A page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) sends its own name as Host.
            assertEquals(403, status(exchange(loopback, server.port, "attacker.example", "/api/search?q=INFO")));
        }
    }

    @Test
    void remoteAccessIsOffWithoutAToken() throws Exception {
        InetAddress lan = lanAddress().orElse(null);
        Assumptions.assumeTrue(lan != null, "this machine has no non-loopback address");
        try (TestServer server = new TestServer(root, "0.0.0.0", null)) {
            String response = exchange(lan, server.port, lan.getHostAddress(), "/api/search?q=INFO");
            assertEquals(403, status(response));
            assertTrue(response.contains("remote access is off"), response);
            assertEquals(403, status(exchange(lan, server.port, lan.getHostAddress(), "/")));
        }
    }

    @Test
    void remoteAccessWithTheToken() throws Exception {
        InetAddress lan = lanAddress().orElse(null);
        Assumptions.assumeTrue(lan != null, "this machine has no non-loopback address");
        try (TestServer server = new TestServer(root, "0.0.0.0", "s3cret-token")) {
            String host = lan.getHostAddress() + ":" + server.port;
            assertEquals(401, status(exchange(lan, server.port, host, "/api/search?q=INFO")));
            assertEquals(401, status(exchange(lan, server.port, host, "/api/search?q=INFO", "Authorization: Bearer wrong")));
            assertEquals(200, status(exchange(lan, server.port, host, "/api/search?q=INFO", "Authorization: Bearer s3cret-token")));
            assertEquals(200, status(exchange(lan, server.port, host, "/deadlines.ics?token=s3cret-token")));
            String page = exchange(lan, server.port, host, "/?token=s3cret-token");
            assertEquals(200, status(page));
            assertTrue(page.contains("Set-Cookie: saraban_token=s3cret-token"), page);
            assertTrue(page.contains("HttpOnly") && page.contains("SameSite=Strict"), page);
            assertEquals(200, status(exchange(lan, server.port, host, "/api/search?q=INFO", "Cookie: saraban_token=s3cret-token")));
        }
    }

    @Test
    void policyDecisions() throws Exception {
        AccessPolicy open = new AccessPolicy("");
        InetAddress local = InetAddress.getByName("127.0.0.1");
        InetAddress other = InetAddress.getByName("192.0.2.7");
        assertEquals(AccessPolicy.Decision.ALLOW, open.check(local, "localhost:8080", null));
        assertEquals(AccessPolicy.Decision.ALLOW, open.check(InetAddress.getByName("::1"), "[::1]:8080", null));
        assertEquals(AccessPolicy.Decision.REMOTE_ACCESS_OFF, open.check(other, "192.0.2.1:8080", "anything"));
        AccessPolicy withToken = new AccessPolicy("t");
        assertEquals(AccessPolicy.Decision.TOKEN_REQUIRED, withToken.check(other, "host", null));
        assertEquals(AccessPolicy.Decision.TOKEN_REQUIRED, withToken.check(other, "host", "T"));
        assertEquals(AccessPolicy.Decision.ALLOW, withToken.check(other, "host", "t"));
        assertEquals(AccessPolicy.Decision.TOKEN_REQUIRED, withToken.check(local, "evil.example", null));
    }
}
