package hallq.protocol.hall;

/** The {@code policy:} block; every field has the default the contract's example shows. */
public record Policy(
        Integer greenBurst,
        Integer requeueGap,
        Integer perPersonDaily,
        Integer greenAge,
        Integer kioskRate,
        Integer defaultServiceSec,
        Integer waitAmberMin,
        Integer waitRedMin,
        // bookings (contract section 9)
        Integer bookingNoShows,
        Integer bookingBlockDays,
        Integer checkInEarlyMin,
        Integer checkInLateMin,
        // phone: a ticket with a phone number is texted once when this many (or fewer) are ahead of it
        Integer notifyAhead,
        // rating (issue 20): a 差评 is rectified within this many working days of the rating
        Integer rectifyDays,
        // rating (issue 20, 月度考评): the weights of a window's score, each 0..100 (satisfaction, served, 整改率,
        // attendance), shares of their sum
        Integer weightSatisfaction, Integer weightServed, Integer weightRectify, Integer weightAttendance) {

    public static final Policy DEFAULT = new Policy(null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    public Policy(Integer greenBurst, Integer requeueGap, Integer perPersonDaily, Integer greenAge, Integer kioskRate,
                  Integer defaultServiceSec, Integer waitAmberMin, Integer waitRedMin, Integer bookingNoShows,
                  Integer bookingBlockDays, Integer checkInEarlyMin, Integer checkInLateMin, Integer notifyAhead) {
        this(greenBurst, requeueGap, perPersonDaily, greenAge, kioskRate, defaultServiceSec, waitAmberMin, waitRedMin,
                bookingNoShows, bookingBlockDays, checkInEarlyMin, checkInLateMin, notifyAhead, null, null, null, null,
                null);
    }

    public Policy {
        greenBurst = greenBurst == null ? 3 : greenBurst;
        requeueGap = requeueGap == null ? 3 : requeueGap;
        perPersonDaily = perPersonDaily == null ? 3 : perPersonDaily;
        greenAge = greenAge == null ? 70 : greenAge;
        kioskRate = kioskRate == null ? 60 : kioskRate;
        // used for the wait estimate until the zone has served someone today
        defaultServiceSec = defaultServiceSec == null ? 300 : defaultServiceSec;
        // the manager's dashboard shows a zone's longest wait amber from this many minutes, red from the other
        waitAmberMin = waitAmberMin == null ? 15 : waitAmberMin;
        waitRedMin = waitRedMin == null ? 30 : waitRedMin;
        // bookings: this many unused bookings within bookingBlockDays days block booking for bookingBlockDays days
        bookingNoShows = bookingNoShows == null ? 3 : bookingNoShows;
        bookingBlockDays = bookingBlockDays == null ? 30 : bookingBlockDays;
        // a booked citizen checks in from this long before the slot to this long after its end
        checkInEarlyMin = checkInEarlyMin == null ? 30 : checkInEarlyMin;
        checkInLateMin = checkInLateMin == null ? 15 : checkInLateMin;
        notifyAhead = notifyAhead == null ? 3 : notifyAhead;
        rectifyDays = rectifyDays == null ? 15 : rectifyDays;
        weightSatisfaction = weightSatisfaction == null ? 40 : weightSatisfaction;
        weightServed = weightServed == null ? 20 : weightServed;
        weightRectify = weightRectify == null ? 20 : weightRectify;
        weightAttendance = weightAttendance == null ? 20 : weightAttendance;
    }
}
