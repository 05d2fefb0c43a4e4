package hallq.protocol.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import hallq.protocol.RectifyItem;

/**
 * Rating (issue 20): a 差评 work item opened by a rating of 1 or 2, or moved a step ({@code rating-step}); the item as
 * it ends up. For managers only: the dashboard's 差评整改 view follows it without reading the list again.
 */
public record RatingItemChanged(@JsonProperty(required = true) RectifyItem item,
                                @JsonProperty(required = true) RatingItemChange change) implements EventData {
    @Override
    public EventKind kind() {
        return EventKind.RATING_ITEM;
    }
}
