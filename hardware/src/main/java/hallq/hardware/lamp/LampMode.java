package hallq.hardware.lamp;

public enum LampMode { OFF, ON, BLINKING }
