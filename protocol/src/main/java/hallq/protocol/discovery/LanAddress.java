package hallq.protocol.discovery;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;

/** The address mDNS should use: the first IPv4 address of an interface that is up and does multicast. */
public final class LanAddress {
    private LanAddress() {
    }

    /** A non-loopback LAN address when there is one, else loopback (a single machine, or a test's namespace). */
    public static InetAddress pick() throws SocketException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || !nic.supportsMulticast() || nic.isVirtual()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address) {
                    if (!a.isLoopbackAddress()) {
                        return a;
                    }
                    loopback = a;
                }
            }
        }
        return loopback;
    }
}
