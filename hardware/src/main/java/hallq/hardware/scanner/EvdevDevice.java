package hallq.hardware.scanner;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A Linux input device opened through libc (JNA), because Java 17 cannot call ioctl: {@link #grab()} takes the
 * device for this reader alone (EVIOCGRAB), so a scanner's keystrokes reach neither the console, X nor Wayland;
 * {@link #close()} lets go and closes. Reads wait in poll(2) with a timeout rather than in read(2), because a
 * native read blocked on the device is not ended by interrupting the thread the way a FileChannel's is.
 * Not thread-safe: the scanner's one reading thread uses it.
 */
final class EvdevDevice implements AutoCloseable {
    static final int O_RDONLY = 0;
    /** The same bit on x86_64 and the asm-generic ABI aarch64 uses. */
    static final int O_CLOEXEC = 0x80000;
    static final short POLLIN = 0x1;
    static final int EINTR = 4;
    static final int EBUSY = 16;
    static final int ENODEV = 19;
    static final int ENOTTY = 25;

    /** {@code _IOW('E', 0x90, int)} from linux/input.h, built the way asm-generic/ioctl.h builds it. */
    static final long EVIOCGRAB = iow('E', 0x90, 4);

    /** {@code _IOW(type, nr, size)}: direction write (1) in bits 30-31, size in 16-29, type in 8-15, nr in 0-7. */
    static long iow(char type, int nr, int size) {
        return (1L << 30) | ((long) size << 16) | ((long) type << 8) | nr;
    }

    /** The few libc calls needed; errno comes back as a {@link LastErrorException}. */
    interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int open(String path, int flags) throws LastErrorException;

        NativeLong read(int fd, byte[] buf, NativeLong count) throws LastErrorException;

        /**
         * ioctl is variadic; its third argument is passed as a full unsigned long (NativeLong), never an int, so
         * that EVIOCGRAB's "0 = let go" is not read as non-zero from a register's undefined upper half.
         */
        int ioctl(int fd, NativeLong request, NativeLong arg) throws LastErrorException;

        int poll(Pointer fds, int nfds, int timeoutMs) throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    /** {@code struct input_event}: a timeval (two longs), type u16, code u16, value s32, laid out by JNA. */
    @Structure.FieldOrder({"tvSec", "tvUsec", "type", "code", "value"})
    public static final class InputEvent extends Structure {
        public NativeLong tvSec;
        public NativeLong tvUsec;
        public short type;
        public short code;
        public int value;

        int offsetOf(String field) {
            return fieldOffset(field);
        }
    }

    /** The kernel refused to give the device to this reader alone; the words say what to look at. */
    static final class GrabRefused extends IOException {
        private final int errno;

        GrabRefused(Path device, int errno) {
            super(words(device, errno));
            this.errno = errno;
        }

        int errno() {
            return errno;
        }

        private static String words(Path device, int errno) {
            switch (errno) {
                case EBUSY:
                    return device + " is held by another program (a second kiosk?); it cannot be taken for the "
                            + "scanner until that program lets go";
                case ENOTTY:
                case 22: // EINVAL: some character devices answer an unknown ioctl so
                    return device + " is not an input device; the scanner's device must be its "
                            + "/dev/input/by-id/...-event-kbd";
                default:
                    return device + " could not be taken for the scanner (errno " + errno + ")";
            }
        }
    }

    /** The size of an input_event on this machine: 24 bytes on 64-bit Linux, 16 on 32-bit. */
    static int eventSize() {
        return new InputEvent().size();
    }

    private static final int POLL_MS = 250;

    private final LibC libc;
    private final Path path;
    private final Memory pollfd = new Memory(8); // struct pollfd: int fd, short events, short revents
    private int fd;
    private boolean grabbed;

    private EvdevDevice(LibC libc, Path path, int fd) {
        this.libc = libc;
        this.path = path;
        this.fd = fd;
        pollfd.setInt(0, fd);
        pollfd.setShort(4, POLLIN);
    }

    /** Opens the device for reading, not yet grabbed. */
    static EvdevDevice open(Path path) throws IOException {
        LibC libc = LibC.INSTANCE;
        try {
            return new EvdevDevice(libc, path, libc.open(path.toString(), O_RDONLY | O_CLOEXEC));
        } catch (LastErrorException e) {
            throw new IOException(path + " cannot be opened (errno " + e.getErrorCode() + ")", e);
        }
    }

    /** Takes the device for this reader alone, until {@link #close()}; a refusal is a {@link GrabRefused}. */
    void grab() throws GrabRefused {
        try {
            libc.ioctl(fd, new NativeLong(EVIOCGRAB), new NativeLong(1));
            grabbed = true;
        } catch (LastErrorException e) {
            throw new GrabRefused(path, e.getErrorCode());
        }
    }

    boolean grabbed() {
        return grabbed;
    }

    /**
     * Reads up to {@code buf.length} bytes: the count, 0 if none came within the poll's timeout (so the caller can
     * look whether it was closed), -1 at the end of the file (a FIFO's writer gone; a device never ends so).
     */
    int read(byte[] buf) throws IOException {
        try {
            pollfd.setShort(6, (short) 0);
            if (libc.poll(pollfd, 1, POLL_MS) == 0) {
                return 0;
            }
            int n = libc.read(fd, buf, new NativeLong(buf.length)).intValue();
            return n == 0 ? -1 : n;
        } catch (LastErrorException e) {
            if (e.getErrorCode() == EINTR) {
                return 0;
            }
            // ENODEV: unplugged
            throw new IOException(path + " read failed (errno " + e.getErrorCode()
                    + (e.getErrorCode() == ENODEV ? ": unplugged" : "") + ")", e);
        }
    }

    /** Lets go of the grab (were it held) and closes; once. */
    @Override
    public void close() throws IOException {
        if (fd < 0) {
            return;
        }
        int closing = fd;
        fd = -1;
        try {
            if (grabbed) {
                grabbed = false;
                try {
                    libc.ioctl(closing, new NativeLong(EVIOCGRAB), new NativeLong(0));
                } catch (LastErrorException e) {
                    // an unplugged device is let go by the kernel anyway; closing below still frees the fd
                }
            }
        } finally {
            try {
                libc.close(closing);
            } catch (LastErrorException e) {
                throw new IOException(path + " close failed (errno " + e.getErrorCode() + ")", e);
            }
        }
    }
}
