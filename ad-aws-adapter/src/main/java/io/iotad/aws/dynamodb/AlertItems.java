package io.iotad.aws.dynamodb;

import io.iotad.core.alert.Alert;
import io.iotad.core.alert.AlertStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The mapping between an {@link Alert} and an item of the seed's alert table (DATA-CONTRACT §4, plus
 * {@code UpdatedTimestamp} and {@code SupersededBy}, docs/alert-table.md), in one place: every attribute
 * name and its DynamoDB type.
 *
 * <p>A new attribute is one constant here and one line in {@link #toItem} and {@link #fromItem}, with a
 * default for items written before it existed: DynamoDB has no schema to migrate, so old items are
 * brought forward when read. Items written before {@code UpdatedTimestamp} and {@code SupersededBy}
 * read with {@code UpdatedTimestamp} = {@code AlertTimestamp} and no {@code SupersededBy}, as the
 * SQLite store's schema migration 2 fills them. Attributes this version does not know are ignored when
 * reading, so an older reader keeps working on a table a newer writer extended.
 *
 * <p>Dates are {@code YYYY-MM-DD}; {@code AlertTimestamp} is ISO-8601 UTC with nine fraction digits, so
 * that the string order of {@code BuildingAlertsIndex}'s sort key is time order; scores are numbers
 * ({@code N}) in Java's shortest round-trip form.
 */
public final class AlertItems {
    /** Partition key: {@code <ApartmentID>#<EventDate>}. */
    public static final String ALERT_ID = "AlertID";
    /** {@code ApartmentStatusIndex} partition key. */
    public static final String APARTMENT_ID = "ApartmentID";
    /** {@code BuildingAlertsIndex} partition key. */
    public static final String BUILDING_ID = "BuildingID";
    /** {@code EventDateIndex} partition key, {@code YYYY-MM-DD}. */
    public static final String EVENT_DATE = "EventDate";
    /** {@code BuildingAlertsIndex} sort key. */
    public static final String ALERT_TIMESTAMP = "AlertTimestamp";
    /** The model's score ({@code N}); {@code EventDateIndex} sort key. */
    public static final String ANOMALY_SCORE = "AnomalyScore";
    /** The breached threshold ({@code N}). */
    public static final String THRESHOLD = "Threshold";
    /** {@code ApartmentStatusIndex} sort key: the technician workflow state's table spelling. */
    public static final String STATUS = "Status";
    /** The scoring model package, e.g. {@code global/3}. */
    public static final String MODEL_VERSION = "ModelVersion";
    /** The technician's root cause. */
    public static final String FEEDBACK_CAUSE = "FeedbackCause";
    /** The technician's notes. */
    public static final String FEEDBACK_NOTES = "FeedbackNotes";
    /** When the alert was last written (a scoring run or a verdict); same form as {@link #ALERT_TIMESTAMP}. */
    public static final String UPDATED_TIMESTAMP = "UpdatedTimestamp";
    /** The model whose later scoring of the day superseded the alert; empty unless Status is Superseded. */
    public static final String SUPERSEDED_BY = "SupersededBy";
    /**
     * Why the alert scored high: {@link io.iotad.core.explain.Reason#toJson()} ({@code S}); absent or
     * empty on items written before reasons existed, read as {@link io.iotad.core.explain.Reason#NONE}.
     */
    public static final String REASON = "Reason";

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AlertItems() {
    }

    /**
     * @param a an alert
     * @return its item, every attribute
     */
    public static Map<String, AttributeValue> toItem(Alert a) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(ALERT_ID, s(a.alertId()));
        item.put(APARTMENT_ID, s(a.apartmentId()));
        item.put(BUILDING_ID, s(a.buildingId()));
        item.put(EVENT_DATE, s(a.eventDate().toString()));
        item.put(ALERT_TIMESTAMP, s(timestamp(a.alertTimestamp())));
        item.put(ANOMALY_SCORE, n(a.anomalyScore()));
        item.put(THRESHOLD, n(a.threshold()));
        item.put(STATUS, s(a.status().display()));
        item.put(MODEL_VERSION, s(a.modelVersion()));
        item.put(FEEDBACK_CAUSE, s(a.feedbackCause()));
        item.put(FEEDBACK_NOTES, s(a.feedbackNotes()));
        item.put(UPDATED_TIMESTAMP, s(timestamp(a.updatedTimestamp())));
        item.put(SUPERSEDED_BY, s(a.supersededBy()));
        item.put(REASON, s(a.reason().toJson()));
        return item;
    }

    /**
     * @param item an item of the alert table
     * @param table the table's name, for error messages
     * @return the alert
     * @throws IllegalStateException naming the table, item and attribute when a required attribute is missing or malformed
     */
    public static Alert fromItem(Map<String, AttributeValue> item, String table) {
        String id = text(item, ALERT_ID, table, "?");
        try {
            Instant created = Instant.parse(text(item, ALERT_TIMESTAMP, table, id));
            String updated = optionalText(item, UPDATED_TIMESTAMP);
            return new Alert(id, text(item, APARTMENT_ID, table, id), text(item, BUILDING_ID, table, id),
                    LocalDate.parse(text(item, EVENT_DATE, table, id)), created,
                    updated.isEmpty() ? created : Instant.parse(updated),
                    number(item, ANOMALY_SCORE, table, id), number(item, THRESHOLD, table, id),
                    AlertStatus.parse(text(item, STATUS, table, id)), text(item, MODEL_VERSION, table, id),
                    optionalText(item, FEEDBACK_CAUSE), optionalText(item, FEEDBACK_NOTES), optionalText(item, SUPERSEDED_BY),
                    io.iotad.core.explain.Reason.parse(optionalText(item, REASON)));
        } catch (RuntimeException e) {
            if (e instanceof IllegalStateException) {
                throw e;
            }
            throw new IllegalStateException("item " + id + " of table " + table + " is not a valid alert: " + e.getMessage(), e);
        }
    }

    /**
     * @param t an instant
     * @return its fixed-width text, nine fraction digits, UTC
     */
    public static String timestamp(Instant t) {
        return TIMESTAMP.format(t);
    }

    static AttributeValue s(String v) {
        return AttributeValue.fromS(v);
    }

    static AttributeValue n(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("DynamoDB numbers must be finite, got " + v);
        }
        return AttributeValue.fromN(Double.toString(v));
    }

    private static String text(Map<String, AttributeValue> item, String name, String table, String id) {
        AttributeValue v = item.get(name);
        if (v == null || v.s() == null) {
            throw new IllegalStateException("item " + id + " of table " + table + " lacks the string attribute " + name);
        }
        return v.s();
    }

    private static String optionalText(Map<String, AttributeValue> item, String name) {
        AttributeValue v = item.get(name);
        return v == null || v.s() == null ? "" : v.s();
    }

    private static double number(Map<String, AttributeValue> item, String name, String table, String id) {
        AttributeValue v = item.get(name);
        if (v == null || v.n() == null) {
            throw new IllegalStateException("item " + id + " of table " + table + " lacks the number attribute " + name);
        }
        return Double.parseDouble(v.n());
    }
}
