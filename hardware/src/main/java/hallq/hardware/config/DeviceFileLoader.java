package hallq.hardware.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads a node's device file (YAML) and checks that no pin is used twice. */
public final class DeviceFileLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            // A typo in a device file must fail loudly, not silently drop a device.
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private DeviceFileLoader() {
    }

    public static DeviceFile load(Path file) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new DeviceFileException("Cannot read device file " + file + ": " + e, e);
        }
        try (in) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new DeviceFileException("Cannot read device file " + file + ": " + e, e);
        }
    }

    public static DeviceFile parse(String yaml) {
        try {
            return checked(YAML.readValue(yaml, DeviceFile.class), "<string>");
        } catch (IOException e) {
            throw new DeviceFileException("Device file is invalid: " + rootMessage(e), e);
        }
    }

    public static DeviceFile parse(InputStream in, String name) {
        try {
            return checked(YAML.readValue(in, DeviceFile.class), name);
        } catch (IOException e) {
            throw new DeviceFileException("Device file " + name + " is invalid: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String location = e instanceof JsonMappingException m && m.getLocation() != null
                ? " (line " + m.getLocation().getLineNr() + ")" : "";
        return t.getMessage() + location;
    }

    private static DeviceFile checked(DeviceFile file, String name) {
        if (file == null) {
            throw new DeviceFileException("Device file " + name + " is empty");
        }
        Map<Integer, String> pins = new HashMap<>();
        file.buttons().forEach((id, b) -> claim(pins, b.pin(), "button " + id, name));
        file.lamps().forEach((id, l) -> claim(pins, l.pin(), "lamp " + id, name));
        file.ratingConfig().ifPresent(r -> {
            for (RatingKeyConfig key : r.keys()) {
                claim(pins, key.button().pin(), "rating key " + key.level(), name);
                if (key.lamp() != null) {
                    claim(pins, key.lamp().pin(), "rating lamp " + key.level(), name);
                }
            }
            if (r.promptLamp() != null && !file.lamps().containsKey(r.promptLamp())) {
                throw new DeviceFileException("Device file " + name + ": rating.promptLamp '" + r.promptLamp()
                        + "' is not one of the lamps " + file.lamps().keySet());
            }
        });
        Map<String, String> spiDevices = new HashMap<>();
        file.ledStripConfig().ifPresent(c -> claimSpi(pins, spiDevices, c, "ledStrip", name));
        file.windowSigns().forEach((window, c) -> claimSpi(pins, spiDevices, c, "window sign " + window, name));
        return file;
    }

    /**
     * One chain of modules per SPI bus and chip select (two signs on one would show the same frames), and the
     * bus's pins kept from buttons and lamps: the SPI driver takes them once the bus is enabled.
     */
    private static void claimSpi(Map<Integer, String> pins, Map<String, String> devices, LedStripConfig c,
                                 String user, String name) {
        String previous = devices.putIfAbsent(c.spiDeviceName(), user);
        if (previous != null) {
            throw new DeviceFileException("Device file " + name + ": SPI " + c.spiDeviceName() + " is used by both "
                    + previous + " and " + user);
        }
        SpiPins bus = SpiPins.of(c.spiBus());
        if (bus == null) {
            return; // SPI3..6 (Pi 4/5 overlays): pins not checked here
        }
        String busUser = "SPI" + c.spiBus();
        for (int pin : bus.busPins()) {
            if (!busUser.equals(pins.get(pin))) {
                claim(pins, pin, busUser, name);
            }
        }
        if (c.chipSelect() < 0 || c.chipSelect() >= bus.chipSelects().length) {
            throw new DeviceFileException("Device file " + name + ": " + user + " uses chip select "
                    + c.chipSelect() + ", SPI" + c.spiBus() + " has 0.." + (bus.chipSelects().length - 1));
        }
        claim(pins, bus.chipSelects()[c.chipSelect()], user + " (SPI" + c.spiBus() + " CE" + c.chipSelect() + ")",
                name);
    }

    private static void claim(Map<Integer, String> pins, int pin, String user, String name) {
        if (pin < 0 || pin > 27) {
            throw new DeviceFileException("Device file " + name + ": " + user + " uses pin " + pin
                    + ", the header has BCM 0..27");
        }
        String previous = pins.putIfAbsent(pin, user);
        if (previous != null) {
            throw new DeviceFileException("Device file " + name + ": pin " + pin + " is used by both "
                    + previous + " and " + user);
        }
    }
}
