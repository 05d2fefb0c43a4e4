package hallq.hardware.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.time.Duration;

/**
 * A real serial port through jSerialComm (USB CH340/CP210x/PL2303 adapters as {@code /dev/ttyUSB*}, CDC devices as
 * {@code /dev/ttyACM*}, the Pi's UART as {@code /dev/serial0}). Reads wait at most their timeout; a port that
 * vanishes (cable pulled) fails every call with an {@link IOException}.
 */
public final class JSerialCommLink implements SerialLink {
    private final SerialPort port;
    private final String describe;
    private volatile boolean closed;

    private JSerialCommLink(SerialPort port, String describe) {
        this.port = port;
        this.describe = describe;
    }

    /** Opens the port 8N1, no flow control. @throws IOException when it is missing or taken */
    public static JSerialCommLink open(SerialSettings settings) throws IOException {
        SerialPort p;
        try {
            p = SerialPort.getCommPort(settings.port());
        } catch (RuntimeException e) { // jSerialComm throws SerialPortInvalidPortException for a bad name
            throw new IOException("no serial port " + settings.port() + ": " + e.getMessage(), e);
        }
        p.setComPortParameters(settings.baud(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!p.openPort()) {
            throw new IOException("cannot open " + settings + " (missing, or in use; error "
                    + p.getLastErrorCode() + ")");
        }
        return new JSerialCommLink(p, settings.toString());
    }

    @Override
    public void write(byte[] data) throws IOException {
        check();
        int n = port.writeBytes(data, data.length);
        if (n != data.length) {
            throw new IOException(describe + ": wrote " + n + " of " + data.length + " bytes (unplugged?)");
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        check();
        int ms = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, ms, 0);
        int n = port.readBytes(buffer, length, offset);
        if (n < 0) {
            throw new IOException(describe + ": read failed (unplugged?), error " + port.getLastErrorCode());
        }
        return n;
    }

    @Override
    public void discardInput() throws IOException {
        check();
        port.flushIOBuffers();
    }

    private void check() throws IOException {
        if (closed) {
            throw new IOException(describe + " is closed");
        }
        if (!port.isOpen()) {
            throw new IOException(describe + " is gone (unplugged?)");
        }
    }

    @Override
    public String describe() {
        return describe;
    }

    @Override
    public void close() {
        closed = true;
        port.closePort();
    }
}
