package org.entente.server;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.HostPort;

/**
 * The names the server answers to, checked against every request's {@code Host} header (against
 * DNS rebinding: a page of another site whose name was made to resolve to this machine reaches
 * the server with that site's name as Host, and the browser then lets that page read the
 * answers and send writes as if the server were its own).
 *
 * <ul>
 *   <li>On a loopback address: {@code localhost}, {@code 127.0.0.1} and {@code [::1]}.</li>
 *   <li>On another address: that address as given to {@code --bind}; on a wildcard address
 *       ({@code 0.0.0.0}, {@code ::}) any address of this machine's interfaces, and
 *       {@code localhost}.</li>
 *   <li>Always: the names the user allowed ({@code --allow-host}).</li>
 * </ul>
 *
 * A port may follow any of them and is not compared, so that a forwarded port still works.
 */
final class Hosts {

    /** The names a loopback server answers to. */
    static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern NAME = Pattern.compile(
            "[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*");

    private final String bind;
    private final boolean wildcard;
    /** The names accepted, in the form {@link #key} gives them. */
    private final Set<String> names = new LinkedHashSet<>();
    /** What the hint lists, as the user would type it. */
    private final List<String> shown = new ArrayList<>();
    /** Addresses found on this machine's interfaces (wildcard bind only), so each is looked up once. */
    private final Set<String> local = ConcurrentHashMap.newKeySet();

    private Hosts(String bind, boolean loopback, List<String> allowed) {
        this.bind = bind;
        Optional<InetAddress> address = literal(bracketed(bind));
        this.wildcard = address.map(InetAddress::isAnyLocalAddress).orElse(false);
        if (loopback || wildcard) {
            LOOPBACK_NAMES.forEach(this::add);
        }
        if (!loopback) {
            // the address as bound, also a wildcard one: the start-up line prints it (http://0.0.0.0:7070/), and a
            // browser on this machine reaches the server by it; a rebinding page's Host is its own name, never this
            add(bracketed(bind));
        }
        allowed.forEach(a -> add(bracketed(a)));   // an IPv6 address given bare is compared as a Host header carries it
    }

    /** @return the names a server started with these options answers to */
    static Hosts of(ServerOptions options) {
        return new Hosts(options.bind(), options.loopback(), options.allowHosts());
    }

    private void add(String name) {
        if (names.add(key(name))) {
            shown.add(name);
        }
    }

    /**
     * @param name a name given to {@code --allow-host}
     * @return why it cannot name this server in a Host header, or empty when it can
     */
    static Optional<String> refusal(String name) {
        HostPort hp;
        try {
            hp = new HostPort(name.strip());
        } catch (IllegalArgumentException e) {
            hp = null;
        }
        String notAName = "not a host name or an IP address; give a name such as entente.lan, or an address";
        if (hp == null || !hp.hasHost()) {
            return Optional.of(notAName);
        }
        if (hp.hasPort()) {
            return Optional.of("give the name alone, without a port (any port is accepted)");
        }
        String host = hp.getHost();
        boolean ok = host.startsWith("[") ? literal(host).isPresent() : NAME.matcher(host).matches();
        return ok ? Optional.empty() : Optional.of(notAName);
    }

    /**
     * @param header the request's Host header, as sent
     * @return whether it names this server
     */
    boolean accepts(String header) {
        if (header == null) {
            return false;
        }
        String host;
        try {
            host = new HostPort(header.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host.isEmpty()) {
            return false;
        }
        String key = key(host);
        if (names.contains(key) || local.contains(key)) {
            return true;
        }
        if (wildcard) {
            Optional<InetAddress> a = literal(host);
            if (a.isPresent() && onThisMachine(a.get())) {
                local.add(key);
                return true;
            }
        }
        return false;
    }

    /** @return what the hint of a refusal says the server answers to */
    String answersTo() {
        String list = shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
        return wildcard ? list + ", and this machine's own addresses" : list;
    }

    /** @return the address the server was bound to */
    String bind() {
        return bind;
    }

    private static boolean onThisMachine(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return true;
        }
        try {
            return NetworkInterface.getByInetAddress(a) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    /** @return the name in one form for comparison: lower case, an IP address in its canonical text */
    private static String key(String host) {
        return literal(host).map(InetAddress::getHostAddress).orElse(host.toLowerCase(Locale.ROOT));
    }

    /** @return an IPv6 address in brackets, as a Host header carries it; anything else unchanged */
    private static String bracketed(String address) {
        return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    }

    /**
     * @param host a host as a Host header carries it ({@code [v6]}, dotted IPv4, or a name)
     * @return the address it spells, without asking DNS: only literals are parsed
     */
    static Optional<InetAddress> literal(String host) {
        boolean v6 = host.startsWith("[") && host.endsWith("]");
        java.util.regex.Matcher m = IPV4.matcher(host);
        if (!v6 && !m.matches()) {
            return Optional.empty();
        }
        if (!v6) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(m.group(i)) > 255) {
                    return Optional.empty();   // InetAddress would look such text up as a name
                }
            }
        }
        try {
            return Optional.of(InetAddress.getByName(host));   // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
