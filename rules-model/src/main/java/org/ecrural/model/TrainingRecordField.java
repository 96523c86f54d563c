package org.ecrural.model;

/**
 * The fields a training record states (如实做好培训记录, 四（三）), in record order: what a record
 * lacks is listed by these values ({@link TrainingRecord#getMissingFields()}).
 */
public enum TrainingRecordField {
    DATE, TRAINEE, GROUP, TOPICS, HOURS, ORGANISER
}
